package eltdeck.tunnel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds which process listens on a local TCP port, where the OS tells (ss, lsof, netstat). */
public final class PortHolder {
    private static final Pattern SS_USER = Pattern.compile("\\(\"([^\"]+)\",pid=(\\d+)");

    private PortHolder() {
    }

    /** "python3 (pid 4711)", "ELT Deck itself", or "another program" when the OS does not say. */
    public static String describe(int port) {
        Optional<Holder> holder = find(port);
        if (holder.isEmpty()) {
            return "another program";
        }
        if (holder.get().pid() == ProcessHandle.current().pid()) {
            return "ELT Deck itself (another connected profile or command)";
        }
        return holder.get().name() + " (pid " + holder.get().pid() + ")";
    }

    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first free port above {@code port}, to offer when it is busy. */
    public static int nextFree(int port) {
        for (int p = port + 1; p < 65535; p++) {
            if (isFree(p)) {
                return p;
            }
        }
        throw new IllegalStateException("No free local port above " + port);
    }

    static Optional<Holder> find(int port) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("win")) {
                return fromNetstat(run(List.of("netstat", "-ano", "-p", "TCP")), port);
            }
            if (os.contains("linux")) {
                Optional<Holder> h = fromSs(run(List.of("ss", "-ltnpH", "sport = :" + port)));
                if (h.isPresent()) {
                    return h;
                }
            }
            return fromLsof(run(List.of("lsof", "-nP", "-iTCP:" + port, "-sTCP:LISTEN", "-Fpc")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Holder> fromSs(String out) {
        Matcher m = SS_USER.matcher(out);
        return m.find() ? Optional.of(new Holder(Long.parseLong(m.group(2)), m.group(1))) : Optional.empty();
    }

    static Optional<Holder> fromLsof(String out) {
        long pid = -1;
        for (String line : out.split("\\R")) {
            if (line.startsWith("p")) {
                pid = Long.parseLong(line.substring(1).trim());
            } else if (line.startsWith("c") && pid > 0) {
                return Optional.of(new Holder(pid, line.substring(1).trim()));
            }
        }
        return Optional.empty();
    }

    static Optional<Holder> fromNetstat(String out, int port) {
        for (String line : out.split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5 && f[3].equalsIgnoreCase("LISTENING") && f[1].endsWith(":" + port)) {
                long pid = Long.parseLong(f[4]);
                String name = ProcessHandle.of(pid).flatMap(h -> h.info().command())
                        .map(c -> c.replaceAll(".*[\\\\/]", "")).orElse("process");
                return Optional.of(new Holder(pid, name));
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            p.destroy();
        }
    }

    record Holder(long pid, String name) {
    }
}
