package eltdeck.ui;

import eltdeck.profile.Secrets;
import eltdeck.reach.ServiceResolver;
import eltdeck.store.Database;

/**
 * What a profile's stack views reach the VM with: deploys, the live containers, the .env file and the dbt project
 * (each over the link the resolver gives), the Prefect API, and Airbyte's settings and password. {@link #NONE} for
 * windows and tests that have no stack.
 */
public record StackServices(Deployer deployer, StackConnector stacks, EnvAccess env, PrefectAccess prefect,
                            AirbyteAccess airbyte, DbtAccess dbt) {
    public static final StackServices NONE = new StackServices(Deployer.NONE, StackConnector.NONE, EnvAccess.NONE,
            PrefectAccess.NONE, AirbyteAccess.NONE, DbtAccess.NONE);

    /** The app's: settings in the database, secrets in {@code secrets}, the VM and its services through the resolver. */
    public static StackServices using(Database db, Secrets secrets, ServiceResolver services) {
        return new StackServices(Deployer.using(db, secrets, services), StackConnector.using(services), EnvAccess.using(services),
                PrefectAccess.using(db, services), AirbyteAccess.using(db, secrets), DbtAccess.using(services));
    }
}
