package org.kindred.shared.work;

import java.time.LocalDate;

/**
 * Something due for a child, shown on "My work" and the team manager's views. Each feature module knows its
 * own deadlines; the home page only gathers them.
 *
 * @param childId the child in the person register
 * @param what what is due, in a worker's words, e.g. "Initial child protection conference"
 * @param due the date it is due by
 * @param link the page where it is done, e.g. "/children/12/protection"
 */
public record WorkItem(long childId, String what, LocalDate due, String link) {

    public boolean overdueOn(LocalDate today) {
        return due.isBefore(today);
    }
}
