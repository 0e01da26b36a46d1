package org.kindred.person;

import java.time.LocalDate;

/**
 * What a worker records to create a person, as typed: checking happens in one place ({@link People#create}), so
 * pages and the API give the same messages for the same mistakes. Dates are read at the edge: the page's GOV.UK
 * date input, the API's ISO text (yyyy-mm-dd) by Jackson.
 */
public record NewPerson(String kind, String givenNames, String familyName, LocalDate dateOfBirth,
                        LocalDate expectedDateOfBirth, String sex, String ethnicity, String nhsNumber, String upn,
                        String addressLine1, String addressLine2, String town, String postcode) {
}
