package org.kindred.fostering;

import java.time.LocalDate;

/** One statutory or local clock on an enquiry: what, when due, when done (null while open), and its source. */
public record StageClock(String what, LocalDate due, LocalDate done, String source) {
    public boolean overdueOn(LocalDate today) {
        return done == null ? today.isAfter(due) : done.isAfter(due);
    }
}
