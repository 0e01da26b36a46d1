package org.kindred.person.matching.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;

/**
 * A FEBRL row: rec_id, given_name, surname, street_number, address_1, address_2, suburb,
 * postcode, state, date_of_birth (yyyymmdd, maybe impossible), soc_sec_id. The social
 * security id stands in for the NI number; the entity is the number in rec-NNN-.
 */
final class FebrlRow {

    private static final Pattern ENTITY = Pattern.compile("^rec-(\\d+)-");

    private FebrlRow() {
    }

    static LabelledRecord parse(List<String> f) {
        if (f.size() != 11) {
            throw new MalformedRowException("expected 11 fields, found " + f.size());
        }
        if (f.get(0).isEmpty()) {
            throw new MalformedRowException("missing rec_id");
        }
        String dob = f.get(9);
        if (!dob.isEmpty() && !dob.matches("\\d{8}")) {
            throw new MalformedRowException("date_of_birth is not yyyymmdd: " + dob);
        }
        PersonRecord person = PersonRecord.builder(f.get(0)).givenNames(f.get(1)).familyName(f.get(2))
                .addressLines(List.of((f.get(3) + " " + f.get(4)).strip(), f.get(5), f.get(6), f.get(8)))
                .postcode(f.get(7)).dateOfBirth(DateOfBirth.parse(dob)).niNumber(f.get(10)).build();
        Matcher entity = ENTITY.matcher(f.get(0));
        return new LabelledRecord(person, entity.find() ? entity.group(1) : null);
    }
}
