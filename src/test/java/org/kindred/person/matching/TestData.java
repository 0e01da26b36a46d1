package org.kindred.person.matching;

/** Loads the reference data the jar ships once for all tests. */
final class TestData {

    static final MatchingData DATA = MatchingData.loadDefault();

    private TestData() {
    }

    static PersonRecord.Builder elizabeth() {
        return PersonRecord.builder("p1").givenNames("Elizabeth").familyName("Okafor").sex(ComparedSex.FEMALE)
                .dateOfBirth(DateOfBirth.parse("2012-03-07")).postcode("LS6 2QD").nhsNumber("943 476 5919");
    }
}
