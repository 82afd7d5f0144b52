package eltdeck.dbt;

/** A documented column of a model or source table. */
public record Column(String name, String description) {
}
