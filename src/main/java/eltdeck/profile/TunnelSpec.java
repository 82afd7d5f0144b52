package eltdeck.profile;

import java.util.List;

/** One forward: a port on the VM's loopback, reached at a port on the laptop's 127.0.0.1. */
public record TunnelSpec(String label, int remotePort, int localPort) {

    /** The stack's five services, each on the same local port as on the VM. */
    public static List<TunnelSpec> defaults() {
        return List.of(
                new TunnelSpec("Airbyte web app", 8000, 8000),
                new TunnelSpec("Airbyte API", 8001, 8001),
                new TunnelSpec("Prefect UI", 8080, 8080),
                new TunnelSpec("Prefect API", 4200, 4200),
                new TunnelSpec("Prefect GraphQL", 4201, 4201));
    }

    /** The Prefect 1 UI in the browser calls localhost:4200 itself, so that forward must keep its number. */
    public boolean mustKeepLocalPort() {
        return remotePort == 4200;
    }

    public TunnelSpec withLocalPort(int port) {
        return new TunnelSpec(label, remotePort, port);
    }

    public String browserUrl() {
        return "http://localhost:" + localPort + "/";
    }
}
