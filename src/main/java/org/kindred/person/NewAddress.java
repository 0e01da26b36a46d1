package org.kindred.person;

import java.time.LocalDate;

/** A new address as typed; {@code from} is the date the person moved in (left out: today). */
public record NewAddress(String line1, String line2, String town, String postcode, LocalDate from) {
}
