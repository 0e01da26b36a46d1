package org.kindred.returns.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kindred.care.Episode;
import org.kindred.care.PeriodOfCare;

/**
 * Compares the episodes the care module derives with the file's, column by column: a child is imported only when
 * Kindred would give back exactly the episodes the return holds.
 */
final class EpisodeComparison {
    private EpisodeComparison() {
    }

    static void same(List<FileEpisode> file, List<PeriodOfCare> periods) throws HistoryProblem {
        List<Episode> derived = periods.stream().flatMap(p -> p.episodes().stream()).toList();
        List<FileEpisode> sorted = file.stream().sorted(java.util.Comparator.comparing(FileEpisode::decom)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            FileEpisode f = sorted.get(i);
            if (i >= derived.size()) throw new HistoryProblem(f.line(), "DECOM", "Kindred would not record this episode");
            Episode d = derived.get(i);
            column(f, "DECOM", f.decom(), d.started());
            column(f, "RNE", f.rne(), d.reasonNew().code());
            column(f, "LS", f.ls(), d.legalStatus().code());
            column(f, "CIN", f.cin(), d.categoryOfNeed().code());
            column(f, "PLACE", f.place(), d.placement().type().code());
            column(f, "PLACE_PROVIDER", f.provider(), d.placement().provider().code());
            column(f, "PL_POST", f.postcode(), d.placement().postcode());
            column(f, "DEC", f.dec(), d.ceased());
            if (f.dec() != null) column(f, "REC", f.rec(), d.reasonCeased().code());
            column(f, "REASON_PLACE_CHANGE", f.reasonPlaceChange(),
                    d.placementChangeReason() == null ? null : d.placementChangeReason().code());
        }
        if (derived.size() > sorted.size()) {
            throw new HistoryProblem(sorted.get(sorted.size() - 1).line(), "DECOM", "Kindred would record more episodes than the file has");
        }
    }

    private static void column(FileEpisode f, String column, Object file, Object derived) throws HistoryProblem {
        if (!Objects.equals(file, derived)) {
            throw new HistoryProblem(f.line(), column, "Kindred would record " + show(derived) + " here, the file has " + show(file));
        }
    }

    private static String show(Object value) {
        return value == null ? "nothing" : value instanceof LocalDate d ? d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) : value.toString();
    }
}
