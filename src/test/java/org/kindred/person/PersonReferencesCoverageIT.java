package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every column that names a person is declared by some module's {@link PersonReferences}, so a merge moves
 * everything attached to a record: a new table with a child id and no declaration fails here.
 */
class PersonReferencesCoverageIT extends DatabaseIT {
    @Autowired
    List<PersonReferences> references;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPersonColumnIsDeclaredForMerging() {
        Set<String> declared = references.stream().flatMap(r -> r.personColumns().stream())
                .map(c -> c.table() + "." + c.column()).collect(Collectors.toSet());
        List<String> columns = jdbc.sql("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.column_name in ('child_id', 'person_id', 'related_id', 'mother_id', 'survivor_id', 'merged_id')
                """).query(String.class).list();
        assertThat(columns).isNotEmpty();
        assertThat(declared).containsAll(columns.stream()
                .filter(c -> !c.startsWith("person_merge")).toList());
    }
}
