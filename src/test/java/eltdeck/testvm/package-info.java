/**
 * The test VM: servers that integration tests start, use and stop themselves, by PID.
 *
 * <ul>
 *   <li>{@link eltdeck.testvm.EmbeddedSshd}: Apache MINA SSHD in the test JVM on 127.0.0.1. Runs anywhere.</li>
 *   <li>{@link eltdeck.testvm.OpenSshd}: a real OpenSSH sshd with a config of its own, on loopback or inside a
 *       namespace. Root.</li>
 *   <li>{@link eltdeck.testvm.NamespaceVm}: a VM made of a network namespace and a veth pair, with sshd on its
 *       port 22, HTTP stand-ins on its own loopback at the stack's real ports, and a link that can be cut. Root.</li>
 *   <li>{@link eltdeck.testvm.DockerVm}: a namespace VM with a real Docker engine ({@link eltdeck.testvm.DockerEngine}),
 *       docker-compose v1, the busybox stand-in images ({@link eltdeck.testvm.StandInImages}) and a git repository
 *       of the stand-in stack to deploy ({@link eltdeck.testvm.StackRepository}); {@code DockerVmTest} shows how to
 *       use them. Root.</li>
 *   <li>{@link eltdeck.testvm.TestKeys}, {@link eltdeck.testvm.SshAgent}: keys of every kind, an agent of the
 *       test's own.</li>
 *   <li>{@link eltdeck.testvm.TunnelWatch}, {@link eltdeck.testvm.HttpProbe}, {@link eltdeck.testvm.Await}:
 *       waiting for a supervisor's states and for HTTP through its forwards.</li>
 * </ul>
 *
 * <p>Tests that need root or OpenSSH call {@link eltdeck.testvm.Prerequisites} first: what is missing makes them
 * skip with a message, or fail when {@code CI=true}. The default tunnels need 127.0.0.1:8000/8001/8080/4200/4201
 * free on this machine; where something else holds them, run the build inside a namespace of its own, e.g.
 * {@code ip netns add runner && ip netns exec runner ip link set lo up && nsenter --net=/run/netns/runner mvn -o verify}
 * ({@code nsenter}, not {@code ip netns exec}, whose own /sys hides the cgroups the Docker engine needs).
 *
 * <p>The test JVM resolves names only from {@code src/test/resources/test-hosts} (surefire's argLine), so no
 * test ever asks a DNS server.
 */
package eltdeck.testvm;
