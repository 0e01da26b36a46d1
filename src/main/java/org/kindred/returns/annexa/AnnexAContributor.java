package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.Map;

/**
 * A part of Ofsted's Annex A, built inside returns from the modules' facts: a bean that adds the rows of the lists it
 * knows. Ofsted asks for the lists within days of announcing an inspection, so each reads its data set-based.
 */
public interface AnnexAContributor {

    /** Adds its rows for the period from {@code from} to {@code to}, both included. */
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
