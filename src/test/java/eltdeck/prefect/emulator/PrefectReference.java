package eltdeck.prefect.emulator;

import eltdeck.testvm.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public Prefect reference files are: the directory named by the system property
 * {@code eltdeck.prefect.reference} (default: {@code prefect} under {@code eltdeck.reference.dir}, itself
 * {@code ../shared/reference} beside the project). Tests that need them skip without them, and fail on CI.
 */
public final class PrefectReference {
    private PrefectReference() {
    }

    public static Path dir() {
        String explicit = System.getProperty("eltdeck.prefect.reference");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("eltdeck.reference.dir", "../shared/reference")).resolve("prefect");
    }

    /** The Prefect 1 graphql service's SDL files; skips (or on CI fails) the test when they are missing. */
    public static Path requireSdl() {
        Path sdl = dir().resolve("prefect1-server-graphql-sdl");
        Prerequisites.require(Files.isRegularFile(sdl.resolve("schema.graphql")),
                "the Prefect 1 Server SDL files (" + sdl.toAbsolutePath()
                        + "/*.graphql); set -Deltdeck.prefect.reference=DIR to the reference/prefect folder");
        return sdl;
    }
}
