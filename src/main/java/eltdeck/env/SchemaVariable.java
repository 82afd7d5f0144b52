package eltdeck.env;

/** One variable the {@code .env.example} documents, with the 1-based line that sets it there. */
public record SchemaVariable(String name, String description, boolean required, boolean secret, int line) {
}
