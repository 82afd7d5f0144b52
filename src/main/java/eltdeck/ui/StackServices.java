package eltdeck.ui;

/**
 * What a profile's stack views reach the VM with, each over SSH links of its own: deploys, the live containers,
 * the .env file. {@link #NONE} for windows and tests that have no stack.
 */
public record StackServices(Deployer deployer, StackConnector stacks, EnvAccess env) {
    public static final StackServices NONE = new StackServices(Deployer.NONE, StackConnector.NONE, EnvAccess.NONE);
}
