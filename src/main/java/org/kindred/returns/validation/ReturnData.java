package org.kindred.returns.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The tables of one return (and, for SSDA903, the previous year's as {@code <Table>_last}), with metadata. */
public final class ReturnData {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Metadata metadata;

    public ReturnData(Map<String, Table> tables, Metadata metadata) {
        this.tables.putAll(tables);
        this.metadata = metadata;
    }

    public Optional<Table> table(String name) { return Optional.ofNullable(tables.get(name)); }

    /** True when every named table is present; rules skip when a table they need is absent. */
    public boolean has(String... names) {
        for (String n : names) {
            if (!tables.containsKey(n)) {
                return false;
            }
        }
        return true;
    }

    public Map<String, Table> tables() { return tables; }

    public Metadata metadata() { return metadata; }
}
