package eltdeck.ui.shell;

import eltdeck.ui.airbyte.AirbyteAccess;
import eltdeck.ui.containers.StackConnector;
import eltdeck.ui.dbt.DbtAccess;
import eltdeck.ui.deploy.Deployer;
import eltdeck.ui.env.EnvAccess;
import eltdeck.ui.prefect.PrefectAccess;

/**
 * What a profile's stack views reach the VM with: deploys, the live containers, the .env file and the dbt project
 * (each over SSH links of its own), the Prefect API, and Airbyte's settings and password.
 */
public record StackServices(Deployer deployer, StackConnector stacks, EnvAccess env, PrefectAccess prefect,
                            AirbyteAccess airbyte, DbtAccess dbt) {
}
