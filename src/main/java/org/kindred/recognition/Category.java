package org.kindred.recognition;

/** What a nomination recognises (optional): the celebration's award categories. */
public enum Category {
    CHILDS_VOICE("The child's voice"),
    EXTRA_MILE("Going the extra mile"),
    TEAM_PLAYER("Team player"),
    SUPPORTING_OTHERS("Supporting and developing others"),
    LEADERSHIP("Leadership");

    private final String label;

    Category(String label) { this.label = label; }

    public String label() { return label; }
}
