package org.kindred.person;

/** A new address as typed; {@code from} is the ISO date the person moved in (blank: today). */
public record NewAddress(String line1, String line2, String town, String postcode, String from) {
}
