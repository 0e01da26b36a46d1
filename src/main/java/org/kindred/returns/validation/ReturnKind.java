package org.kindred.returns.validation;

/** The statutory returns Kindred validates, with the package their rule classes live in. */
public enum ReturnKind {
    SSDA903("org.kindred.returns.ssda903.rules"),
    CIN("org.kindred.returns.cin.rules");

    private final String rulePackage;

    ReturnKind(String rulePackage) { this.rulePackage = rulePackage; }

    public String rulePackage() { return rulePackage; }
}
