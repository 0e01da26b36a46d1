package org.kindred.returns.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Ofsted's Annex A schema from ../shared/conformance: the columns of each list and the values each accepts. */
final class AnnexASchema {
    static final Path FILE = Path.of("../shared/conformance/annex_a/Annex_A_schema.yml");
    private static AnnexASchema loaded;
    private final Map<String, Map<String, Map<String, Object>>> lists;

    @SuppressWarnings("unchecked")
    private AnnexASchema() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(10_000_000);
        options.setMaxAliasesForCollections(1000);
        try (InputStream in = Files.newInputStream(FILE)) {
            Map<String, Object> root = new Yaml(options).load(in);
            lists = (Map<String, Map<String, Map<String, Object>>>) root.get("column_map");
        }
    }

    static synchronized AnnexASchema load() throws IOException {
        if (loaded == null) loaded = new AnnexASchema();
        return loaded;
    }

    List<String> columns(AnnexAList list) {
        return new ArrayList<>(lists.get(list.schemaKey()).keySet());
    }

    Map<String, Object> column(AnnexAList list, String column) {
        return lists.get(list.schemaKey()).getOrDefault(column, new LinkedHashMap<>());
    }

    boolean isDate(AnnexAList list, String column) { return column(list, column).containsKey("date"); }

    boolean isCategory(AnnexAList list, String column) { return column(list, column).containsKey("category"); }

    /** False only where the schema says {@code canbeblank: false}. */
    boolean canBeBlank(AnnexAList list, String column) { return !Boolean.FALSE.equals(column(list, column).get("canbeblank")); }

    /** Every spelling the column's categories accept: codes and names, as text. */
    @SuppressWarnings("unchecked")
    Set<String> accepted(AnnexAList list, String column) {
        Set<String> values = new HashSet<>();
        for (Map<String, Object> category : (List<Map<String, Object>>) column(list, column).get("category")) {
            values.add(String.valueOf(category.get("code")));
            Object names = category.get("name");
            if (names instanceof List<?> many) {
                many.forEach(name -> values.add(String.valueOf(name)));
            } else if (names != null) {
                values.add(String.valueOf(names));
            }
        }
        return values;
    }
}
