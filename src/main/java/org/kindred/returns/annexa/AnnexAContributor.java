package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.Map;

/**
 * A module's part of Ofsted's Annex A: a bean that adds the rows of the lists it holds data for. Ofsted asks for the
 * lists within days of announcing an inspection, so each contributor reads its data for the period set-based.
 */
public interface AnnexAContributor {

    /** Adds this module's rows for the period from {@code from} to {@code to}, both included. */
    void contribute(LocalDate from, LocalDate to, Lists lists);

    /** Where contributors put their rows. */
    interface Lists {
        /**
         * Adds one row. Keys are the schema's column names ({@link AnnexAList#columns()}); a value is a code as the
         * schema spells it (a String), a LocalDate, a Number, a Boolean (written "a) Yes" / "b) No") or null (blank).
         *
         * @throws IllegalArgumentException for a column the list does not have
         */
        void add(AnnexAList list, Map<String, ?> row);
    }
}
