package eltdeck.ui.shell;

import eltdeck.profile.Secrets;
import eltdeck.reach.ServiceResolver;
import eltdeck.store.Database;
import eltdeck.ui.airbyte.AirbyteAccess;
import eltdeck.ui.containers.StackConnector;
import eltdeck.ui.dbt.DbtAccess;
import eltdeck.ui.deploy.Deployer;
import eltdeck.ui.env.EnvAccess;
import eltdeck.ui.prefect.PrefectAccess;

/**
 * What a profile's stack views reach the VM with: deploys, the live containers, the .env file and the dbt project
 * (each over the link the resolver gives), the Prefect API, and Airbyte's settings and password.
 */
public record StackServices(Deployer deployer, StackConnector stacks, EnvAccess env, PrefectAccess prefect,
                            AirbyteAccess airbyte, DbtAccess dbt) {
    /** The app's: settings in the database, secrets in {@code secrets}, the VM and its services through the resolver. */
    public static StackServices using(Database db, Secrets secrets, ServiceResolver services) {
        return new StackServices(Deployer.using(db, secrets, services), StackConnector.using(services), EnvAccess.using(services),
                PrefectAccess.using(db, services), AirbyteAccess.using(db, secrets), DbtAccess.using(services));
    }
}
