package org.kindred.returns.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the sources gave, table by table, in the order they gave it. */
final class ContributedRows implements ReturnSource.Rows {
    private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

    @Override
    public void add(String table, Map<String, String> row) {
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(new LinkedHashMap<>(row));
    }

    List<Map<String, String>> rows(String table) { return tables.getOrDefault(table, List.of()); }

    Map<String, List<Map<String, String>>> all() { return tables; }

    /** The children named anywhere (CHILD or LAchildID), in first-seen order. */
    List<String> children(String idColumn) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        tables.values().forEach(rows -> rows.forEach(r -> {
            String id = r.get(idColumn);
            if (id != null && !id.isBlank()) {
                ids.add(id.trim());
            }
        }));
        return new ArrayList<>(ids);
    }
}
