-- Profiles whose user asked to be told of every run that fails while the app is open: one row per profile that asks.
CREATE TABLE profile_failed_run_alert (
    profile_name TEXT PRIMARY KEY REFERENCES profile (name) ON DELETE CASCADE ON UPDATE CASCADE
);
