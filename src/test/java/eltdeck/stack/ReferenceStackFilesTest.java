package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.testvm.Commands;
import eltdeck.testvm.Prerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference stack in {@code assets/stack} as the tools on the VM read it: docker-compose v1 accepts the compose file
 * with {@code .env.example} as its {@code .env}, and every Python file compiles (syntax only: Prefect is not installed here).
 */
class ReferenceStackFilesTest {
    private static final Path STACK = Path.of("assets", "stack");
    private static final Path ENV_EXAMPLE = Path.of(".env.example");

    @TempDir
    Path dir;

    @Test
    void composeV1AcceptsTheStackWithTheExampleAsItsEnv() throws IOException {
        Prerequisites.requireCommands("docker-compose");
        Path stack = dir.resolve("stack");
        copyTree(STACK, stack);
        Files.copy(ENV_EXAMPLE, stack.resolve(".env"));

        // `config` resolves the file and the .env without a Docker engine; the project dir is the compose file's.
        String config = Commands.run(List.of(Prerequisites.packagedCommand("docker-compose").toString(),
                "-f", stack.resolve("docker-compose.yml").toString(), "config"), Map.of(), Duration.ofSeconds(60));

        assertThat(config).contains("AIRBYTE_API_PORT: '8001'", "127.0.0.1", "prefecthq/server:core-1.4.1")
                .doesNotContain("WARNING");
    }

    @Test
    void everyPythonFileOfTheStackCompiles() throws IOException {
        Prerequisites.requireCommands("python3");
        List<Path> sources = pythonFiles();
        assertThat(sources).extracting(Path::toString).contains(STACK.resolve("flows/all_etl_flow.py").toString());

        List<String> command = new ArrayList<>(List.of(Prerequisites.packagedCommand("python3").toString(), "-m", "py_compile"));
        sources.forEach(source -> command.add(source.toString()));
        // Compiled copies go to the temp dir, not beside the sources in the repository.
        Commands.run(command, Map.of("PYTHONPYCACHEPREFIX", dir.toString()), Duration.ofSeconds(60));
    }

    private static List<Path> pythonFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STACK)) {
            return files.filter(file -> file.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
