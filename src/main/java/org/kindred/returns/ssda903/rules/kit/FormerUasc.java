package org.kindred.returns.ssda903.rules.kit;

import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/**
 * The children with evidence of UASC status this year or last year, for rules 392a and 392b: UASC 1 in
 * Header or Header_last, or, where a Header is absent, any UASC item filled in for the child in UASC or UASC_last.
 */
public final class FormerUasc {
    public final Set<String> children = new HashSet<>();
    /** False when no source carried UASC status at all. */
    public boolean known;

    private FormerUasc() {
    }

    public static FormerUasc of(ReturnData data) {
        FormerUasc f = new FormerUasc();
        f.add(Part2Support.table(data, "Header"), Part2Support.table(data, "UASC"));
        f.add(Part2Support.table(data, "Header_last"), Part2Support.table(data, "UASC_last"));
        return f;
    }

    private void add(Table header, Table uasc) {
        if (header != null) {
            if (!header.hasColumn("UASC")) {
                return;
            }
            known = true;
            for (int r = 0; r < header.size(); r++) {
                if ("1".equals(header.get(r, "UASC"))) {
                    children.add(Part2Support.key(header, r, "CHILD"));
                }
            }
        } else if (uasc != null) {
            known = true;
            for (int r = 0; r < uasc.size(); r++) {
                for (String col : uasc.columns()) {
                    if (!col.equals("CHILD") && Cells.present(uasc.get(r, col))) {
                        children.add(Part2Support.key(uasc, r, "CHILD"));
                    }
                }
            }
        }
    }
}
