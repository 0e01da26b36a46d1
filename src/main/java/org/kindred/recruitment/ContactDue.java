package org.kindred.recruitment;

import java.time.LocalDate;

/** An applicant the campaign's leader has still to contact, due by a date: an item on the leader's My work. */
public record ContactDue(long applicantId, String applicant, String campaign, LocalDate due) {
    public boolean overdueOn(LocalDate today) { return due.isBefore(today); }
}
