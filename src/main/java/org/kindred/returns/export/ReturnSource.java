package org.kindred.returns.export;

import java.util.Map;
import org.kindred.returns.validation.ReturnKind;

/**
 * The tables of one statutory return for a collection year, built by the returns module from the case-work
 * modules' typed facts ({@code care.CareFacts}, {@code frontdoor.FrontDoorFacts}, {@code protection.ProtectionFacts}):
 * one mapping class per table owns that table's DfE coding and format, so no case-work module knows them. The rows
 * are the same tables the validation engine reads from files, so Kindred's own export is checked by exactly the
 * rules the DfE runs.
 *
 * <p>Tables and columns are named as the DfE names them: for SSDA903 the CSV tables and headers of the SSDA903
 * specification; for the CIN census the tables the CIN XML reader makes, keyed by LAchildID (and CINdetailsID).
 * Cells are strings as in the files: dates dd/mm/yyyy, codes as the code lists spell them, absent values null.
 */
public interface ReturnSource {

    ReturnKind kind();

    /** Adds the return's rows for the collection year ending 31 March {@code year} (2027 for 2026/27). */
    void fill(int year, Rows rows);

    /** Where a source puts its rows. */
    interface Rows {
        void add(String table, Map<String, String> row);
    }
}
