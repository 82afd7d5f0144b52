package eltdeck.testvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A TCP service on 127.0.0.1 that sends back every byte it gets: bulk traffic in both directions at once. */
public final class EchoServer implements AutoCloseable {
    private final ServerSocket server;

    private EchoServer(ServerSocket server) {
        this.server = server;
    }

    public static EchoServer start() throws IOException {
        EchoServer echo = new EchoServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(echo::acceptLoop, "echo-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return echo;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> echo(client), "echo-" + client.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void echo(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // The client went away.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
