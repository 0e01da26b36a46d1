package org.kindred.person.internal.synthetic;

import java.util.List;

/** A batch of households as the text rows PostgreSQL's COPY reads (tab-separated, \N for null). */
record CopyRows(String people, String addresses, String relationships) {
    private static final String BY = "demo data";

    static CopyRows of(List<FamilyGenerator.Household> households) {
        StringBuilder people = new StringBuilder();
        StringBuilder addresses = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        for (FamilyGenerator.Household h : households) {
            for (FamilyGenerator.Member m : h.members()) {
                row(people, m.id(), m.kind(), m.given(), m.family(), m.dob(), m.expected(), m.sex(), m.ethnicity(),
                        m.nhs(), m.upn(), BY, BY);
                row(addresses, m.id(), h.line1(), h.town(), h.postcode(),
                        m.dob() == null ? null : m.dob().isAfter(java.time.LocalDate.of(2015, 1, 1)) ? m.dob() : "2015-01-01",
                        BY);
            }
            for (int i = 0; i < h.relationships().size(); i++) {
                long[] r = h.relationships().get(i);
                row(relationships, r[0], r[1], h.relationshipKinds().get(i), BY);
            }
        }
        return new CopyRows(people.toString(), addresses.toString(), relationships.toString());
    }

    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cells[i] == null ? "\\N" : cells[i].toString());
        }
        b.append('\n');
    }
}
