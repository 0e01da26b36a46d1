package org.kindred.shared.childpage;

/**
 * One line of the child's page: "Child protection plan" / "Neglect, since 3 March 2026".
 *
 * @param link the page with the detail (may be null)
 * @param flagged shown as a warning (a third social worker in the year, missing now)
 */
public record ChildFact(String label, String text, String link, boolean flagged) {

    public static ChildFact of(String label, String text, String link) {
        return new ChildFact(label, text, link, false);
    }

    public static ChildFact flag(String label, String text, String link) {
        return new ChildFact(label, text, link, true);
    }
}
