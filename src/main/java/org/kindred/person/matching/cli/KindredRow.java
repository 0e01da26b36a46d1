package org.kindred.person.matching.cli;

import java.util.Arrays;
import java.util.List;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;
import org.kindred.person.matching.ComparedSex;

/**
 * Kindred's own CSV (docs/matching.md): id, given_names, family_name, previous_names (| separated),
 * date_of_birth (yyyy-mm-dd), dob_estimated (true/false), sex (F/M/O), postcode, nhs_number, upn,
 * ni_number, address (lines | separated), cluster (optional ground truth).
 */
final class KindredRow {

    static final String HEADER = "id,given_names,family_name,previous_names,date_of_birth,dob_estimated,sex,"
            + "postcode,nhs_number,upn,ni_number,address,cluster";

    private KindredRow() {
    }

    static LabelledRecord parse(List<String> f) {
        if (f.size() != 13) {
            throw new MalformedRowException("expected 13 fields, found " + f.size());
        }
        if (f.get(0).isEmpty()) {
            throw new MalformedRowException("missing id");
        }
        DateOfBirth dob = DateOfBirth.parse(f.get(4));
        if (!f.get(4).isEmpty() && dob == null) {
            throw new MalformedRowException("date_of_birth is not yyyy-mm-dd: " + f.get(4));
        }
        if (dob != null && Boolean.parseBoolean(f.get(5))) {
            dob = dob.asEstimated();
        }
        PersonRecord person = PersonRecord.builder(f.get(0)).givenNames(f.get(1)).familyName(f.get(2))
                .previousNames(lines(f.get(3))).dateOfBirth(dob).sex(ComparedSex.parse(f.get(6))).postcode(f.get(7))
                .nhsNumber(f.get(8)).upn(f.get(9)).niNumber(f.get(10)).addressLines(lines(f.get(11))).build();
        return new LabelledRecord(person, f.get(12).isEmpty() ? null : f.get(12));
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\\|")).map(String::strip).toList();
    }
}
