-- How a profile reaches Airbyte's API and the basic-auth username: one row per profile that differs from the default
-- (tunnel to 8001, user airbyte). The password is kept in the OS keychain, never here.
CREATE TABLE profile_airbyte (
    profile_name TEXT PRIMARY KEY REFERENCES profile (name) ON DELETE CASCADE ON UPDATE CASCADE,
    route        TEXT NOT NULL CHECK (route IN ('TUNNEL_8001', 'TUNNEL_8000', 'URL')),
    url          TEXT,
    username     TEXT NOT NULL
);
