-- Every deploy, finished or not. No secrets: commit, who, when, how long, how it ended.
CREATE TABLE deploy_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_name TEXT    NOT NULL,
    commit_id    TEXT,
    who          TEXT    NOT NULL,
    started_at   TEXT    NOT NULL,
    duration_ms  INTEGER NOT NULL,
    result       TEXT    NOT NULL,
    redeploy     INTEGER NOT NULL,
    message      TEXT    NOT NULL
);
CREATE INDEX deploy_history_profile ON deploy_history (profile_name, id);
