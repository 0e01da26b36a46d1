package org.kindred.returns;

import java.util.Map;

/**
 * A feature module's part of a statutory return, built from its typed columns. The returns module gathers every
 * contributor's rows into the same tables its validation engine reads from files, so Kindred's own export is
 * checked by exactly the rules the DfE runs.
 *
 * <p>Tables and columns are named as the DfE names them: for SSDA903 the CSV tables and headers of
 * the DfE's SSDA903 specification (Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption,
 * PrevPerm, Missing, SWEpisodes); for the CIN census the tables the CIN XML reader makes (ChildIdentifiers,
 * ChildCharacteristics, Disabilities, CINdetails, Assessments, CINplanDates, Section47, ChildProtectionPlans,
 * Reviews), keyed by LAchildID (and CINdetailsID). Cells are strings as in the files: dates dd/mm/yyyy, codes as
 * the code lists spell them, absent values null.
 */
public interface ReturnContributor {

    /** "ssda903" or "cin". */
    String returnName();

    /**
     * Adds this module's rows for the collection year ending 31 March {@code year} (2027 for 2026/27).
     * LAchildID / CHILD is the person's register id as a string.
     */
    void contribute(int year, Rows rows);

    /** Where contributors put their rows. */
    interface Rows {
        void add(String table, Map<String, String> row);
    }
}
