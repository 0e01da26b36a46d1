package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.kindred.returns.export.ReturnSource;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.stereotype.Component;

/**
 * The statutory return tables ({@link ReturnSource}, built from the modules' facts), for every collection year a
 * period touches: the set-based way to read front door, protection and care data at once. A row that two years
 * both carry (an open plan) is kept once.
 */
@Component
@RequiredArgsConstructor
class ReturnTables {
    private final List<ReturnSource> sources;

    Tables collect(ReturnKind kind, LocalDate from, LocalDate to) {
        Map<String, Set<Map<String, String>>> rows = new LinkedHashMap<>();
        for (int year = collectionYear(from); year <= collectionYear(to); year++) {
            for (ReturnSource source : sources) {
                if (source.kind() == kind) {
                    source.fill(year, (table, row) -> rows.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(row));
                }
            }
        }
        Map<String, List<ReturnRow>> tables = new LinkedHashMap<>();
        rows.forEach((t, r) -> tables.put(t, r.stream().map(ReturnRow::new).toList()));
        return new Tables(tables);
    }

    /** April to March, named for the year it ends in. */
    static int collectionYear(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() + 1 : d.getYear();
    }

    /** The tables of one return, by name. */
    record Tables(Map<String, List<ReturnRow>> tables) {
        List<ReturnRow> of(String table) { return tables.getOrDefault(table, List.of()); }

        /** Every child named in any table, so that the register is read once for them all. */
        Set<String> children() {
            Set<String> ids = new LinkedHashSet<>();
            tables.values().forEach(rows -> rows.forEach(r -> {
                if (r.child() != null) ids.add(r.child());
            }));
            return ids;
        }

        Map<String, List<ReturnRow>> byChild(String table) {
            return of(table).stream().filter(r -> r.child() != null)
                    .collect(Collectors.groupingBy(ReturnRow::child, LinkedHashMap::new, Collectors.toCollection(ArrayList::new)));
        }
    }
}
