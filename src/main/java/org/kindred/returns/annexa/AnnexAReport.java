package org.kindred.returns.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** Ofsted's Annex A for a period, from every module's {@link AnnexAContributor}. */
@Service
@RequiredArgsConstructor
public class AnnexAReport {
    private final List<AnnexAContributor> contributors;

    public AnnexARows build(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts after it ends: " + from + " to " + to);
        }
        AnnexARows rows = new AnnexARows();
        contributors.forEach(c -> c.contribute(from, to, rows));
        return rows;
    }

    public AnnexARows write(LocalDate from, LocalDate to, OutputStream out) throws IOException {
        AnnexARows rows = build(from, to);
        AnnexAWorkbook.write(rows, out);
        return rows;
    }
}
