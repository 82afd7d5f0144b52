package eltdeck.airbyte.emulator;

import eltdeck.testvm.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public Airbyte config API specs are: {@code airbyte} under the directory named by the system property
 * {@code eltdeck.reference.dir} ({@code ../shared/reference} beside the project). Tests that need them skip without
 * them, and fail on CI.
 */
public final class AirbyteReference {
    /** The version the console is checked against by default. */
    public static final String V0_40_32 = "0.40.32";
    public static final String V0_50_56 = "0.50.56";

    private AirbyteReference() {
    }

    /** The spec {@code config-v<version>.yaml}; skips (or on CI fails) the test when it is missing. */
    public static Path requireSpec(String version) {
        Path spec = Path.of(System.getProperty("eltdeck.reference.dir", "../shared/reference"), "airbyte",
                "config-v" + version + ".yaml");
        Prerequisites.require(Files.isRegularFile(spec), "Airbyte's config API spec " + spec.toAbsolutePath()
                + "; set -Deltdeck.reference.dir=DIR to the reference folder");
        return spec;
    }
}
