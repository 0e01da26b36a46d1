package org.kindred.protection.web;

/** Yes or no, for the radios fragment (which needs name() and label()). */
enum YesNoOption {
    YES("Yes"), NO("No");

    private final String label;

    YesNoOption(String label) { this.label = label; }

    public String label() { return label; }
}
