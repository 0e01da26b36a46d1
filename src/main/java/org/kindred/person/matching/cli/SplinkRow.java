package org.kindred.person.matching.cli;

import java.util.List;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;

/** A row of Splink's fake_1000: unique_id, first_name, surname, dob (yyyy-mm-dd), city, email, cluster. */
final class SplinkRow {

    private SplinkRow() {
    }

    static LabelledRecord parse(List<String> f) {
        if (f.size() != 7) {
            throw new MalformedRowException("expected 7 fields, found " + f.size());
        }
        if (f.get(0).isEmpty()) {
            throw new MalformedRowException("missing unique_id");
        }
        PersonRecord person = PersonRecord.builder(f.get(0)).givenNames(f.get(1)).familyName(f.get(2))
                .dateOfBirth(DateOfBirth.parse(f.get(3)))
                .addressLines(f.get(4).isEmpty() ? List.of() : List.of(f.get(4))).build();
        return new LabelledRecord(person, f.get(6).isEmpty() ? null : f.get(6));
    }
}
