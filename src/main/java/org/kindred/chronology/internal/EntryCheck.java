package org.kindred.chronology.internal;

import org.kindred.shared.DateInput;
import java.time.LocalDate;
import org.kindred.chronology.Chronology;
import org.kindred.chronology.NewChronologyEntry;
import org.kindred.shared.Problems;

/** Checks a hand-written entry: a real date not in the future, a known category, some text. */
final class EntryCheck {
    /** Nothing in a child's story is older than the oldest records an authority migrates. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private EntryCheck() {
    }

    record Valid(LocalDate date, String category, String text) {
    }

    static Valid validate(NewChronologyEntry in, LocalDate today) {
        Problems p = new Problems();
        LocalDate date = null;
        if (in.date() == null || in.date().isBlank()) {
            p.add("date", "Enter the date it happened");
        } else {
            date = DateInput.iso(p, "date", in.date(), "The date");
            if (date != null && date.isAfter(today)) p.add("date", "The date must be today or in the past");
            else if (date != null && date.isBefore(EARLIEST)) p.add("date", "The date must be after 1900");
        }
        String category = in.category() == null ? null : in.category().trim();
        if (category == null || category.isEmpty()) p.add("category", "Select a category");
        else if (!Chronology.HAND_WRITTEN_CATEGORIES.contains(category)) p.add("category", "Select one of the categories listed");
        String text = in.text() == null ? "" : in.text().trim();
        if (text.isEmpty()) p.add("text", "Enter what happened");
        else if (text.length() > 5000) p.add("text", "What happened must be 5,000 characters or fewer");
        p.throwIfAny();
        return new Valid(date, category, text);
    }
}
