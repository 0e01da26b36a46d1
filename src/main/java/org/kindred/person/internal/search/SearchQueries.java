package org.kindred.person.internal.search;

import java.time.LocalDate;
import org.kindred.person.NewPerson;
import org.kindred.person.NhsNumber;
import org.kindred.person.Postcode;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;
import org.kindred.person.matching.ComparedSex;

/** Turns what a worker typed, in the search box or the "add a child" form, into an example for the engine. */
public final class SearchQueries {
    private SearchQueries() {
    }

    public static PersonRecord fromText(String text) {
        return SearchText.parse(text);
    }

    public static PersonRecord fromNewPerson(NewPerson p) {
        return PersonRecord.builder("new").givenNames(blankToNull(p.givenNames())).familyName(blankToNull(p.familyName()))
                .dateOfBirth(date(p.dateOfBirth() != null ? p.dateOfBirth() : p.expectedDateOfBirth()))
                .sex("MALE".equals(p.sex()) ? ComparedSex.MALE : "FEMALE".equals(p.sex()) ? ComparedSex.FEMALE : null)
                .nhsNumber(p.nhsNumber() != null && NhsNumber.isValid(p.nhsNumber()) ? NhsNumber.normalise(p.nhsNumber()) : null)
                .upn(blankToNull(p.upn()))
                .postcode(p.postcode() != null && Postcode.isValid(p.postcode()) ? Postcode.normalise(p.postcode()) : null)
                .build();
    }

    private static DateOfBirth date(LocalDate date) { return date == null ? null : DateOfBirth.of(date); }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
