package org.kindred.person.internal;

import java.time.LocalDate;
import org.kindred.person.Ethnicity;
import org.kindred.person.NewPerson;
import org.kindred.person.NhsNumber;
import org.kindred.person.PersonKind;
import org.kindred.person.Postcode;
import org.kindred.person.Sex;
import org.kindred.person.Upn;
import org.kindred.shared.Problems;

/** Checks a new person field by field, with the messages the GOV.UK Design System recommends. */
final class NewPersonCheck {
    private NewPersonCheck() {
    }

    /** The parsed person, or an {@link org.kindred.shared.InvalidInput} naming every wrong field. */
    static ValidPerson validate(NewPerson in, LocalDate today) {
        Problems p = new Problems();
        PersonKind kind = parse(PersonKind.class, in.kind(), PersonKind.CHILD);
        if (kind == null) {
            p.add("kind", "Choose CHILD, UNBORN or ADULT");
        }
        p.require("givenNames", in.givenNames(), "Enter the child's first name");
        p.require("familyName", in.familyName(), "Enter the child's last name");
        FieldLengths.check(p, "givenNames", in.givenNames(), FieldLengths.NAME);
        FieldLengths.check(p, "familyName", in.familyName(), FieldLengths.NAME);
        FieldLengths.check(p, "addressLine1", in.addressLine1(), FieldLengths.ADDRESS_LINE);
        FieldLengths.check(p, "addressLine2", in.addressLine2(), FieldLengths.ADDRESS_LINE);
        FieldLengths.check(p, "town", in.town(), FieldLengths.ADDRESS_LINE);
        LocalDate dob = in.dateOfBirth();
        LocalDate expected = in.expectedDateOfBirth();
        if (kind == PersonKind.UNBORN) {
            if (expected == null && !p.has("expectedDateOfBirth")) {
                p.add("expectedDateOfBirth", "Enter the expected date of birth");
            }
        } else if (dob == null && !p.has("dateOfBirth") && kind == PersonKind.CHILD) {
            p.add("dateOfBirth", "Enter the date of birth");
        }
        if (dob != null && dob.isAfter(today)) {
            p.add("dateOfBirth", "Date of birth must be today or in the past");
        }
        if (dob != null && dob.isBefore(PlausibleBirth.EARLIEST)) {
            p.add("dateOfBirth", "Date of birth must be after 1 January 1900");
        }
        if (expected != null && !PlausibleBirth.expectedInRange(expected, today)) {
            p.add("expectedDateOfBirth", "Expected date of birth must be within 9 months from today");
        }
        Sex sex = parse(Sex.class, in.sex(), null);
        if (sex == null) {
            p.add("sex", "Select the child's sex");
        }
        Ethnicity ethnicity = blank(in.ethnicity()) ? null : Ethnicity.fromCode(in.ethnicity()).orElse(null);
        if (!blank(in.ethnicity()) && ethnicity == null) {
            p.add("ethnicity", "Select an ethnicity from the list");
        }
        if (!blank(in.nhsNumber()) && !NhsNumber.isValid(in.nhsNumber())) {
            p.add("nhsNumber", "Enter a valid NHS number, like 485 777 3456");
        }
        if (!blank(in.upn()) && !Upn.isValid(in.upn())) {
            p.add("upn", "Enter a valid unique pupil number: 13 characters with a correct check letter");
        }
        if (!blank(in.postcode()) && !Postcode.isValid(in.postcode())) {
            p.add("postcode", "Enter a real postcode, like SW1A 1AA");
        }
        p.throwIfAny();
        return new ValidPerson(kind, in.givenNames().trim(), in.familyName().trim(), dob, expected, sex, ethnicity,
                blank(in.nhsNumber()) ? null : NhsNumber.normalise(in.nhsNumber()),
                blank(in.upn()) ? null : in.upn().trim().toUpperCase(),
                trimmed(in.addressLine1()), trimmed(in.addressLine2()), trimmed(in.town()),
                blank(in.postcode()) ? null : Postcode.normalise(in.postcode()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, E fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String trimmed(String s) { return blank(s) ? null : s.trim(); }
}
