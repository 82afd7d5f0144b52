CREATE TABLE profile (
    name              TEXT PRIMARY KEY,
    host              TEXT    NOT NULL,
    port              INTEGER NOT NULL DEFAULT 22,
    user_name         TEXT    NOT NULL,
    identity_file     TEXT,
    use_agent         INTEGER NOT NULL DEFAULT 0,
    jump_user         TEXT,
    jump_host         TEXT,
    jump_port         INTEGER,
    known_hosts_file  TEXT,
    keepalive_seconds INTEGER NOT NULL DEFAULT 15,
    keepalive_misses  INTEGER NOT NULL DEFAULT 3,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

CREATE TABLE profile_tunnel (
    profile_name TEXT    NOT NULL REFERENCES profile (name) ON DELETE CASCADE ON UPDATE CASCADE,
    position     INTEGER NOT NULL,
    label        TEXT    NOT NULL,
    remote_port  INTEGER NOT NULL,
    local_port   INTEGER NOT NULL,
    PRIMARY KEY (profile_name, remote_port)
);
