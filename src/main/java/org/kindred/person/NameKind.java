package org.kindred.person;

/** Why the register keeps a name besides the current one. */
public enum NameKind {
    PREVIOUS("Previous name"), ALIAS("Also known as");

    private final String label;

    NameKind(String label) { this.label = label; }

    public String label() { return label; }
}
