package org.kindred.person.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.kindred.person.PersonReferences.PersonColumn;
import org.kindred.shared.InvalidInput;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves the rows of one person column from one person to another and lists them by key, so they can be moved back.
 * Table and column names come from beans, not users; they are still checked to be plain identifiers.
 */
final class MovedRows {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private MovedRows() {
    }

    /** Moves every row naming {@code from} to {@code to}; returns their keys. A unique clash refuses the whole merge. */
    static List<String> move(JdbcClient jdbc, PersonColumn c, long from, long to) {
        check(c);
        try {
            return jdbc.sql("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ? returning "
                    + c.keyColumn() + "::text").params(to, from).query(String.class).list();
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of("survivorId", "These records cannot be merged: both have a " + c.table().replace('_', ' ')
                    + " record that a person may have only one of. Close or correct one of them first. Nothing was changed.");
        }
    }

    /** Moves exactly the listed rows back; refuses when any of them is no longer where the merge put it. */
    static void moveBack(JdbcClient jdbc, PersonColumn c, List<String> keys, long from, long to) {
        check(c);
        int moved;
        try {
            moved = jdbc.sql("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ? and "
                    + c.keyColumn() + "::text = any(?)").params(to, from, keys.toArray(new String[0])).update();
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of("mergeId", "This merge cannot be undone: the " + c.table().replace('_', ' ')
                    + " records would clash with ones recorded since. Nothing was changed.");
        }
        if (moved != keys.size()) {
            throw InvalidInput.of("mergeId", "This merge cannot be undone: some " + c.table().replace('_', ' ')
                    + " records it moved have moved again since (a later merge?). Undo that first. Nothing was changed.");
        }
    }

    private static void check(PersonColumn c) {
        for (String name : List.of(c.table(), c.column(), c.keyColumn())) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalStateException("Not a plain SQL identifier in PersonReferences: " + name);
            }
        }
    }
}
