package org.kindred.fostering;

import java.time.LocalDate;

/** A recruitment campaign; {@code code} is what its links carry (/foster-with-us?campaign=CODE). */
public record Campaign(long id, String code, String name, String channel, LocalDate startsOn, LocalDate endsOn,
                       long costPence) {
}
