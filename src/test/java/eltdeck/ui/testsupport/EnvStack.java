package eltdeck.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A stack repository as the .env editor finds it on a VM: .env.example at the top, compose file and .env in docker/. */
public final class EnvStack {
    public static final String EXAMPLE = """
            # Snowflake account identifier, e.g. xy12345.eu-central-1.
            # [required]
            SNOWFLAKE_ACCOUNT=
            # User the flows log in as.
            # [required]
            SNOWFLAKE_USER=
            # Password of that user. No '@': it goes into a user:password@account URL.
            # [required, secret]
            SNOWFLAKE_PASSWORD=
            # Warehouse the loads and dbt models run on.
            SNOWFLAKE_WAREHOUSE=LOADING
            # Airbyte's API as the agent reaches it.
            AIRBYTE_URL=http://airbyte-server:8001/api
            # dbt target the flows run.
            DBT_TARGET=dev
            # Read-only token for the flows repository.
            # [secret]
            PREFECT__CONTEXT__SECRETS__GITHUB_TOKEN=
            # Where failed runs are reported.
            SLACK_WEBHOOK_URL=
            """;
    public static final String COMPOSE = """
            services:
              agent:
                image: prefect-agent
                environment:
                  - SNOWFLAKE_ACCOUNT
                  - SNOWFLAKE_USER
                  - SNOWFLAKE_PASSWORD
                  - SNOWFLAKE_WAREHOUSE
                  - AIRBYTE_URL
                  - DBT_TARGET
                  - PREFECT__CONTEXT__SECRETS__GITHUB_TOKEN
                  - SLACK_WEBHOOK_URL
            """;

    private EnvStack() {
    }

    /** Writes the three files under {@code repo} and returns the .env's path. */
    public static Path write(Path repo, String env) throws IOException {
        Path compose = Files.createDirectories(repo.resolve("docker"));
        Files.writeString(repo.resolve(".env.example"), EXAMPLE);
        Files.writeString(compose.resolve("docker-compose.yml"), COMPOSE);
        return Files.writeString(compose.resolve(".env"), env);
    }
}
