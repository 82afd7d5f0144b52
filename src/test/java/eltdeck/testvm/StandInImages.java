package eltdeck.testvm;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The images of the stand-in stack, made with no registry: {@link #BASE} is {@code docker import} of a root file
 * system of Debian's static busybox; {@link #STAND_IN} is built FROM it (classic builder) with the stand-in
 * services' scripts from {@code src/test/resources/standin-image} (agent, python3, Apollo, UI, fast logger,
 * slow start, failing start; each script says what it does).
 */
public final class StandInImages {
    public static final String BASE = "eltdeck-test/busybox:1";
    public static final String STAND_IN = "eltdeck-test/standin:1";

    private StandInImages() {
    }

    /** Imports and builds both images into the engine; {@code workDir} holds the root file system meanwhile. */
    public static void build(DockerEngine engine, Path workDir) {
        Path rootfs = BusyboxRootfs.create(workDir.resolve("rootfs"));
        Path tar = workDir.resolve("rootfs.tar");
        Commands.run(Prerequisites.command("tar").toString(), "-C", rootfs.toString(), "-cf", tar.toString(), ".");
        engine.docker("import", tar.toString(), BASE);
        engine.docker("build", "-q", "-t", STAND_IN, classpathDir("/standin-image").toString());
    }

    static Path classpathDir(String resource) {
        URL url = StandInImages.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
