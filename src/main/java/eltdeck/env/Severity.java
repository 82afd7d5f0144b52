package eltdeck.env;

/** ERROR: the stack will not get what the file says (a check fails on it); WARNING: it may not; INFO: worth knowing. */
public enum Severity { ERROR, WARNING, INFO }
