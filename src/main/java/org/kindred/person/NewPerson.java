package org.kindred.person;

/**
 * What a worker records to create a person, as typed: parsing and checking happen in one place
 * ({@link People#create}), so pages and the API give the same messages for the same mistakes.
 * Dates are ISO (yyyy-mm-dd) text; the page assembles them from the GOV.UK day/month/year inputs.
 */
public record NewPerson(String kind, String givenNames, String familyName, String dateOfBirth,
                        String expectedDateOfBirth, String sex, String ethnicity, String nhsNumber, String upn,
                        String addressLine1, String addressLine2, String town, String postcode) {
}
