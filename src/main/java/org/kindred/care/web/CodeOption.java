package org.kindred.care.web;

import java.util.List;

/**
 * The SSDA903 codes the care detail forms offer with a label a worker reads (labels from the DfE's SSDA903 guidance).
 * Only the choices: whether a code is accepted is the care command's check.
 */
record CodeOption(String code, String label) {
    static final List<CodeOption> SDQ_REASONS = List.of(
            new CodeOption("SDQ1", "No form returned: the child was under 4 or over 16 at the assessment"),
            new CodeOption("SDQ2", "The carer refused to complete and return the questionnaire"),
            new CodeOption("SDQ3", "Not possible because of the severity of the child's disability"),
            new CodeOption("SDQ4", "Other"),
            new CodeOption("SDQ5", "The child or young person refused to allow an SDQ to be completed"));
    static final List<CodeOption> ADOPTERS_SEX = List.of(
            new CodeOption("M1", "A single male adopter"), new CodeOption("F1", "A single female adopter"),
            new CodeOption("MM", "A male couple"), new CodeOption("FF", "A female couple"),
            new CodeOption("MF", "A male and female couple"));
    static final List<CodeOption> ADOPTERS_LEGAL_STATUS = List.of(
            new CodeOption("L0", "A single adopter"), new CodeOption("L11", "A married couple (opposite sex)"),
            new CodeOption("L12", "A married couple (same sex)"), new CodeOption("L2", "Civil partners"),
            new CodeOption("L3", "An unmarried couple (opposite sex)"), new CodeOption("L4", "An unmarried couple (same sex)"));
    static final List<CodeOption> PLACED_CEASED = List.of(
            new CodeOption("RD1", "The child's needs changed after the decision"),
            new CodeOption("RD2", "The court did not make a placement order"),
            new CodeOption("RD3", "Prospective adopters could not be found"),
            new CodeOption("RD4", "Any other reason"));
    static final List<CodeOption> PREVIOUS_PERMANENCE = List.of(
            new CodeOption("P1", "Adoption"), new CodeOption("P2", "Special guardianship order"),
            new CodeOption("P3", "Residence order or child arrangements order"),
            new CodeOption("P4", "A previous permanence order whose type is not known"),
            new CodeOption("Z1", "None: the child was not adopted or under such an order before"));
}
