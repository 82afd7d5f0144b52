package eltdeck.prefect;

/** What {@code query { api { … } }} says about the server: {@code backend} is {@code SERVER} for Prefect 1 Server. */
public record ServerInfo(String backend, String mode, String version, String coreVersion) {
    public boolean isPrefect1Server() {
        return "SERVER".equals(backend);
    }
}
