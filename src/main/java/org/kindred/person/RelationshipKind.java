package org.kindred.person;

/**
 * A recorded relationship, read as "the related person is the MOTHER of this person". Seen from the other side it
 * reads as its inverse: the mother sees her child.
 */
public enum RelationshipKind {
    MOTHER("Mother", "Child"),
    FATHER("Father", "Child"),
    STEP_PARENT("Step-parent", "Step-child"),
    SIBLING("Sibling", "Sibling"),
    HALF_SIBLING("Half-sibling", "Half-sibling"),
    GRANDPARENT("Grandparent", "Grandchild"),
    CARER("Carer", "Cared for"),
    CHILD("Child", "Parent"),
    OTHER("Other", "Other"),
    PARTNER("Partner", "Partner");

    private final String label;
    private final String inverseLabel;

    RelationshipKind(String label, String inverseLabel) {
        this.label = label;
        this.inverseLabel = inverseLabel;
    }

    /** Who the related person is to this person. */
    public String label() { return label; }

    /** Who this person is to the related person. */
    public String inverseLabel() { return inverseLabel; }
}
