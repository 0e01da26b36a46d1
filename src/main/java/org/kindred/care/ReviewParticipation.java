package org.kindred.care;

/** How the child took part in a looked-after review: SSDA903 {@code REVIEW_CODE} (DfE, SSDA903 guidance). */
public enum ReviewParticipation implements Coded {
    PN0("Child aged under 4 at the time of the review"),
    PN1("Child attends and speaks for themselves"),
    PN2("Child attends and an advocate speaks for them"),
    PN3("Child attends and conveys their view symbolically (non-verbally)"),
    PN4("Child attends but does not speak, convey a view symbolically or ask an advocate to speak"),
    PN5("Child does not attend but briefs an advocate to speak for them"),
    PN6("Child does not attend but conveys their feelings by a facilitative medium"),
    PN7("Child does not attend and their views are not conveyed");
    private final String label;

    ReviewParticipation(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
