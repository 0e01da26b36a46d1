package org.kindred.returns.downloads;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.shared.InvalidInput;

/** Reading what a page or the API asked to download; bad input is an {@link InvalidInput} naming the field. */
public final class DownloadRequests {
    private DownloadRequests() {
    }

    /** The collection years (the year each ends) the return can be built for: those with the DfE's rules. */
    public static List<Integer> years(DownloadKind kind) {
        return CollectionYears.withRules(kind == DownloadKind.CIN ? ReturnKind.CIN : ReturnKind.SSDA903);
    }

    /** The collection year asked for, which must be one the rules cover. */
    public static int year(DownloadKind kind, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("year", "Select the collection year");
        }
        int year;
        try {
            year = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("year", "The collection year must be a year such as 2025, for 2024 to 2025");
        }
        if (!years(kind).contains(year)) {
            throw InvalidInput.of("year", "The " + kind.label() + " can be built for the years ending " + years(kind)
                    + ", not " + year);
        }
        return year;
    }

    /** An ISO date (yyyy-MM-dd) from the API. */
    public static LocalDate isoDate(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "Enter the date as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "The date must be a real date as yyyy-MM-dd");
        }
    }

    /** Annex A's period, which must not start after it ends nor be longer than the two years Ofsted ask about. */
    public static void period(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw InvalidInput.of("from", "The period must start on or before its last day");
        }
        if (from.plusYears(2).isBefore(to)) {
            throw InvalidInput.of("from", "The period can be at most two years long");
        }
    }
}
