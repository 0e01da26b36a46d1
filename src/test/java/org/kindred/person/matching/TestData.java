package org.kindred.person.matching;

/** Loads the shared reference data once for all tests (it lives in ../shared/matching). */
final class TestData {

    static final MatchingData DATA = MatchingData.loadDefault();

    private TestData() {
    }

    static PersonRecord.Builder elizabeth() {
        return PersonRecord.builder("p1").givenNames("Elizabeth").familyName("Okafor").sex(Sex.FEMALE)
                .dateOfBirth(DateOfBirth.parse("2012-03-07")).postcode("LS6 2QD").nhsNumber("943 476 5919");
    }
}
