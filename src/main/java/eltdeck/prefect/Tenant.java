package eltdeck.prefect;

/** A Prefect 1 Server tenant; a stack needs one before its agent can register. */
public record Tenant(String id, String name, String slug) {
}
