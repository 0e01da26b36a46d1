package org.kindred.person.internal;

import org.kindred.shared.time.UkTime;
import java.time.LocalDate;
import org.kindred.person.NameKind;
import org.kindred.person.NewAddress;
import org.kindred.person.NewPersonName;
import org.kindred.person.Postcode;
import org.kindred.shared.Problems;

/** Checks previous names, aliases and new addresses field by field, GOV.UK style. */
final class HistoryCheck {

    private HistoryCheck() {
    }

    static ValidName name(NewPersonName in, LocalDate today) {
        Problems p = new Problems();
        NameKind kind = null;
        try {
            kind = in.kind() == null ? null : NameKind.valueOf(in.kind().trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            p.add("kind", "Select whether this is a previous name or an alias");
        }
        p.require("familyName", in.familyName(), "Enter the last name");
        FieldLengths.check(p, "givenNames", in.givenNames(), FieldLengths.NAME);
        FieldLengths.check(p, "familyName", in.familyName(), FieldLengths.NAME);
        LocalDate from = past(p, "from", in.from(), "Date from", today);
        LocalDate to = past(p, "to", in.to(), "Date to", today);
        if (from != null && to != null && to.isBefore(from)) {
            p.add("to", "Date to must be the same as or after date from");
        }
        p.throwIfAny();
        return new ValidName(kind, trimmed(in.givenNames()), in.familyName().trim(), from, to);
    }

    static ValidAddress address(NewAddress in, LocalDate today, LocalDate currentFrom) {
        Problems p = new Problems();
        p.require("postcode", in.postcode(), "Enter the postcode");
        FieldLengths.check(p, "line1", in.line1(), FieldLengths.ADDRESS_LINE);
        FieldLengths.check(p, "line2", in.line2(), FieldLengths.ADDRESS_LINE);
        FieldLengths.check(p, "town", in.town(), FieldLengths.ADDRESS_LINE);
        if (!blank(in.postcode()) && !Postcode.isValid(in.postcode())) {
            p.add("postcode", "Enter a real postcode, like SW1A 1AA");
        }
        LocalDate from = past(p, "from", in.from(), "Date moved in", today);
        if (from == null && !p.has("from")) {
            from = today;
        }
        if (from != null && currentFrom != null && from.isBefore(currentFrom)) {
            p.add("from", "Date moved in must be on or after " + UkTime.written(currentFrom) + ", when the current address began");
        }
        p.throwIfAny();
        return new ValidAddress(trimmed(in.line1()), trimmed(in.line2()), trimmed(in.town()),
                Postcode.normalise(in.postcode()), from);
    }

    /** An optional date, which must not be after today. */
    private static LocalDate past(Problems p, String field, LocalDate date, String label, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            p.add(field, label + " must be today or in the past");
        }
        return date;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String trimmed(String s) { return blank(s) ? null : s.trim(); }
}
