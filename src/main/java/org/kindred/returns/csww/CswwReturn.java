package org.kindred.returns.csww;

import java.util.ArrayList;
import java.util.List;

/** A built census: its XML and every problem found, schema's and guide's, each naming a worker and a field. */
public record CswwReturn(int year, String xml, List<CswwProblem> problems) {
    public boolean valid() { return problems.isEmpty(); }

    static CswwReturn of(int year, CswwXml xml, List<CswwProblem> schema, List<CswwProblem> guide) {
        List<CswwProblem> all = new ArrayList<>(schema);
        all.addAll(guide);
        return new CswwReturn(year, xml.text(), List.copyOf(all));
    }
}
