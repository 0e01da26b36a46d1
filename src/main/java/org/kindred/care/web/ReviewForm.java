package org.kindred.care.web;

/** A looked-after review as typed on the care page: the date and the child's participation. */
public class ReviewForm extends HeldForm {
    private String participation;

    public String getParticipation() { return participation; }
    public void setParticipation(String participation) { this.participation = participation; }
}
