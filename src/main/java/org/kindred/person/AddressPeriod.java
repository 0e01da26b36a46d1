package org.kindred.person;

import java.time.LocalDate;

/** Where a person lived, and when; {@code to} is null for the current address. */
public record AddressPeriod(long id, Address address, LocalDate from, LocalDate to) {

    public boolean current() { return to == null; }
}
