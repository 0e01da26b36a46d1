package org.kindred.returns.imports;

import java.time.LocalDate;

/** One row of an SSDA903 Episodes table, with the line it came from. Codes as in the file; REC null while open. */
record FileEpisode(int line, LocalDate decom, String rne, String ls, String cin, String place, String provider,
                   String postcode, LocalDate dec, String rec, String reasonPlaceChange) {

    boolean endsCare() { return dec != null && rec != null && !rec.equals("X1"); }
}
