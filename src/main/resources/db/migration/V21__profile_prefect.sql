-- Where a profile's Prefect API is, when not at the local end of its 4200 tunnel: one row per profile that overrides it.
CREATE TABLE profile_prefect (
    profile_name TEXT PRIMARY KEY REFERENCES profile (name) ON DELETE CASCADE ON UPDATE CASCADE,
    api_url      TEXT NOT NULL
);
