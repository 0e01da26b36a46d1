package org.kindred.returns.ssda903.rules.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/**
 * The UASC status of each child for the 205 rules: read from the Header's UASC column, or, for CSV
 * returns without a Header, inferred from the UASC table (a child is UASC when any UASC item besides
 * CHILD and DOB is filled in), as the reference tool does on ingest.
 */
public final class UascStatus {
    private final Map<String, List<Integer>> byChild = new LinkedHashMap<>();
    private final List<String> status = new ArrayList<>();

    private UascStatus() {
    }

    /** Status from a Header table, one entry per Header row. */
    public static UascStatus fromHeader(Table header) {
        UascStatus v = new UascStatus();
        for (int r = 0; r < header.size(); r++) {
            v.add(Part2Support.key(header, r, "CHILD"), header.get(r, "UASC"));
        }
        return v;
    }

    /** Status inferred from a UASC table, one entry per UASC row. */
    public static UascStatus fromUascTable(Table uasc) {
        UascStatus v = new UascStatus();
        for (int r = 0; r < uasc.size(); r++) {
            boolean any = false;
            for (String col : uasc.columns()) {
                if (!col.equals("CHILD") && !col.equals("DOB") && Cells.present(uasc.get(r, col))) {
                    any = true;
                }
            }
            v.add(Part2Support.key(uasc, r, "CHILD"), any ? "1" : "0");
        }
        return v;
    }

    private void add(String child, String value) {
        byChild.computeIfAbsent(child, k -> new ArrayList<>()).add(status.size());
        status.add(value);
    }

    public List<Integer> rows(String child) { return byChild.getOrDefault(child, Collections.emptyList()); }

    public String status(int row) { return status.get(row); }

    /** The current and previous status and whether Header rows are reported, or null when the rule must skip. */
    public record Selection(UascStatus current, UascStatus last, boolean reportHeader) {
    }

    /** The table choice of rules 205A-205C: needs UASC and UASC_last, and the Headers for XML returns. */
    public static Selection select(ReturnData data) {
        if (!data.has("UASC", "UASC_last")) {
            return null;
        }
        String format = Part2Support.fileFormat(data);
        boolean headers = data.has("Header", "Header_last");
        Table header = Part2Support.table(data, "Header");
        Table headerLast = Part2Support.table(data, "Header_last");
        if (!headers && !"csv".equals(format)) {
            return null;
        }
        if ((header != null && !header.hasColumn("UASC")) || (headerLast != null && !headerLast.hasColumn("UASC"))) {
            return null;
        }
        UascStatus current = header != null ? fromHeader(header) : fromUascTable(Part2Support.table(data, "UASC"));
        UascStatus last = headerLast != null ? fromHeader(headerLast) : fromUascTable(Part2Support.table(data, "UASC_last"));
        return new Selection(current, last, header != null);
    }
}
