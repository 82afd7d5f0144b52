package eltdeck.airbyte;

/**
 * How a profile reaches Airbyte's API: its tunnel to the VM's 8001 (the proxy's API port), its tunnel to 8000 with
 * {@code /api} (deployments where only the web app's port answers), or a URL given by hand.
 */
public enum AirbyteRoute {
    TUNNEL_8001(8001), TUNNEL_8000(8000), URL(0);

    private final int vmPort;

    AirbyteRoute(int vmPort) {
        this.vmPort = vmPort;
    }

    /** The VM's port the tunnel forwards; 0 for {@link #URL}. */
    public int vmPort() {
        return vmPort;
    }

    /** The API's root at the local end of a tunnel on {@code localPort}. */
    public static java.net.URI apiAt(int localPort) {
        return java.net.URI.create("http://127.0.0.1:" + localPort + "/api");
    }
}
