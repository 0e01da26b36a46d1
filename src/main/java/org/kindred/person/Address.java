package org.kindred.person;

/** A UK address; the postcode is kept normalised ("SW1A 1AA"). */
public record Address(String line1, String line2, String town, String postcode) {
}
