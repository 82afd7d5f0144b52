package eltdeck.stack;

import java.util.List;

/**
 * One container of the stack as the containers view shows it.
 *
 * @param state  running, exited, restarting, … (docker's word)
 * @param health healthy, unhealthy, starting, or empty when the image has no health check
 * @param status docker's own line, e.g. "Up 5 minutes (healthy)" or "Exited (1) 2 minutes ago"
 */
public record ContainerInfo(String id, String name, String project, String service, String image, String state,
                            String health, String status, List<String> ports) {

    public ContainerInfo {
        ports = List.copyOf(ports);
    }

    public boolean isRunning() {
        return "running".equals(state);
    }
}
