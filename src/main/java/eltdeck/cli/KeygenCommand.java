package eltdeck.cli;

import eltdeck.ssh.KeyGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eltdeck keygen FILE}: a new ed25519 key in OpenSSH format, and how to authorize it on the VM. */
@Command(name = "keygen", description = "Generate an ed25519 key pair (OpenSSH format) and print how to authorize it on the VM.")
final class KeygenCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", description = "Private key file to create (FILE.pub is written beside it).") Path file;
    @Option(names = "--comment", description = "Comment stored with the key (default user@host).") String comment;
    @Option(names = "--passphrase-stdin", description = "Read a passphrase from the first line of standard input.") boolean passphraseStdin;

    @Override
    public Integer call() throws Exception {
        char[] passphrase = passphraseStdin ? readFirstLine() : null;
        String text = comment != null ? comment : System.getProperty("user.name") + "@" + machineName();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(file, text, passphrase);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Private key: " + key.privateKey() + (passphrase == null ? " (no passphrase)" : " (passphrase protected)"));
        out.println("Public key:  " + key.publicKey());
        out.println("Fingerprint: " + key.fingerprint());
        out.println();
        out.println(key.publicLine());
        out.println();
        out.println("Authorize it on the VM by running this there as the login user (e.g. in the cloud console's SSH window):");
        out.println(key.authorizeCommand());
        return 0;
    }

    /** The machine's name for the key comment; never fails (a laptop's own name may not resolve). */
    private static String machineName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "laptop";
        }
    }

    private static char[] readFirstLine() throws java.io.IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("--passphrase-stdin was given but standard input is empty.");
        }
        return line.toCharArray();
    }
}
