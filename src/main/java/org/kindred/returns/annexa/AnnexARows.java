package org.kindred.returns.annexa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of every list, as contributors gave them; a misspelt column fails at once rather than leaving a blank. */
public final class AnnexARows implements AnnexAContributor.Lists {
    private final Map<AnnexAList, List<Map<String, Object>>> rows = new EnumMap<>(AnnexAList.class);

    @Override
    public void add(AnnexAList list, Map<String, ?> row) {
        for (String column : row.keySet()) {
            if (!list.columns().contains(column)) {
                throw new IllegalArgumentException(list.sheetName() + " has no column \"" + column + "\"");
            }
        }
        rows.computeIfAbsent(list, l -> new ArrayList<>()).add(new LinkedHashMap<>(row));
    }

    public List<Map<String, Object>> of(AnnexAList list) {
        return Collections.unmodifiableList(rows.getOrDefault(list, List.of()));
    }

    public int count(AnnexAList list) { return of(list).size(); }
}
