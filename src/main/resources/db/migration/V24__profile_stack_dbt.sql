-- Where a stack's dbt project is: in the repository, and where the compose file mounts it in the agent container.
ALTER TABLE profile_stack ADD COLUMN dbt_dir TEXT NOT NULL DEFAULT 'dbt';
ALTER TABLE profile_stack ADD COLUMN dbt_container_dir TEXT NOT NULL DEFAULT '/root/dbt';
