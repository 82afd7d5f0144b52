package eltdeck.prefect;

/** A parameter a flow's code declares: its name, whether a run must have it, and its default (or null). */
public record FlowParameter(String name, boolean required, Object defaultValue) {
}
