package eltdeck.stack;

import eltdeck.Face;
import java.io.IOException;

/** The running container of the stack's agent service, found by its compose labels (v1 and v2 names alike). */
final class AgentContainer {
    private AgentContainer() {
    }

    static String find(StackSession session) throws IOException {
        String service = session.settings().agentService();
        return new StackControl(session.shell(), session.paths()).containers().stream()
                .filter(c -> service.equals(c.service()) && c.isRunning()).map(ContainerInfo::id).findFirst()
                .orElseThrow(() -> new IOException("The agent service '" + service + "' has no running container;"
                        + " deploy the stack first (" + Face.hint("Deploy tab", "eltdeck deploy NAME") + ")."));
    }
}
