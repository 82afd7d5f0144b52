package eltdeck.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (or "development" when run from classes). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = EltDeckCli.class.getPackage().getImplementationVersion();
        return new String[] {"ELT Deck " + (v == null ? "development build" : v)};
    }
}
