package eltdeck.ui;

/**
 * What a profile's stack views reach the VM with: deploys, the live containers, the .env file and the dbt project
 * (each over SSH links of its own), the Prefect API, and Airbyte's settings and password.
 */
public record StackServices(Deployer deployer, StackConnector stacks, EnvAccess env, PrefectAccess prefect,
                            AirbyteAccess airbyte, DbtAccess dbt) {
}
