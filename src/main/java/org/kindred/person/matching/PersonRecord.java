package org.kindred.person.matching;

import java.util.List;

/**
 * What the matching engine knows about one person. Plain values only, so the engine
 * can be fed from the database, a CSV file or a change event alike. Any field may be null.
 */
public record PersonRecord(
        String id,
        String givenNames,
        String familyName,
        List<String> previousNames,
        DateOfBirth dateOfBirth,
        ComparedSex sex,
        String postcode,
        String nhsNumber,
        String upn,
        String niNumber,
        List<String> addressLines) {

    public PersonRecord {
        previousNames = previousNames == null ? List.of() : List.copyOf(previousNames);
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        return new Builder(id).givenNames(givenNames).familyName(familyName).previousNames(previousNames)
                .dateOfBirth(dateOfBirth).sex(sex).postcode(postcode).nhsNumber(nhsNumber).upn(upn)
                .niNumber(niNumber).addressLines(addressLines);
    }

    /** Fluent construction: most callers know only a few fields. */
    public static final class Builder {
        private String id;
        private String givenNames, familyName, postcode, nhsNumber, upn, niNumber;
        private List<String> previousNames = List.of(), addressLines = List.of();
        private DateOfBirth dateOfBirth;
        private ComparedSex sex;

        private Builder(String id) { this.id = id; }

        public Builder id(String v) { id = v; return this; }
        public Builder givenNames(String v) { givenNames = v; return this; }
        public Builder familyName(String v) { familyName = v; return this; }
        public Builder previousNames(List<String> v) { previousNames = v; return this; }
        public Builder dateOfBirth(DateOfBirth v) { dateOfBirth = v; return this; }
        public Builder sex(ComparedSex v) { sex = v; return this; }
        public Builder postcode(String v) { postcode = v; return this; }
        public Builder nhsNumber(String v) { nhsNumber = v; return this; }
        public Builder upn(String v) { upn = v; return this; }
        public Builder niNumber(String v) { niNumber = v; return this; }
        public Builder addressLines(List<String> v) { addressLines = v; return this; }

        public PersonRecord build() {
            return new PersonRecord(id, givenNames, familyName, previousNames, dateOfBirth, sex, postcode,
                    nhsNumber, upn, niNumber, addressLines);
        }
    }
}
