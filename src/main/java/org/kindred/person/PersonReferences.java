package org.kindred.person;

import java.util.List;

/**
 * The columns of a module's tables that name a person in the register. Every module that stores a
 * {@code child_id} or {@code person_id} declares them in one bean, so that a merge moves everything attached
 * to the merged record to the surviving one, and an unmerge moves exactly those rows back.
 */
public interface PersonReferences {

    /** A column naming a person; {@code keyColumn} identifies the row so an unmerge can find it again. */
    record PersonColumn(String table, String column, String keyColumn) {
        public static PersonColumn of(String table, String column) {
            return new PersonColumn(table, column, "id");
        }
    }

    List<PersonColumn> personColumns();
}
