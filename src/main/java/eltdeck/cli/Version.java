package eltdeck.cli;

import eltdeck.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code eltdeck --version}: the build's version and commit, then the Java runtime it runs on. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.current().describe(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
