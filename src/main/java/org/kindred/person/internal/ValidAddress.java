package org.kindred.person.internal;

import java.time.LocalDate;

/** A new address after checking, with the date the person moved in. */
record ValidAddress(String line1, String line2, String town, String postcode, LocalDate from) {
}
