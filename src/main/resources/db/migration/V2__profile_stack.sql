-- The stack a profile deploys: one row per profile, kept apart from profile so that Profile stays as it is.
CREATE TABLE profile_stack (
    profile_name  TEXT PRIMARY KEY REFERENCES profile (name) ON DELETE CASCADE ON UPDATE CASCADE,
    repository    TEXT NOT NULL,
    branch        TEXT NOT NULL,
    remote_dir    TEXT NOT NULL,
    compose_dir   TEXT NOT NULL,
    agent_service TEXT NOT NULL,
    flows_dir     TEXT NOT NULL
);
