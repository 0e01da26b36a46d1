package org.kindred.returns.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kindred.care.CareEvent;
import org.kindred.care.CategoryOfNeed;
import org.kindred.care.Coded;
import org.kindred.care.LegalStatus;
import org.kindred.care.NewCareEvent;
import org.kindred.care.Placement;
import org.kindred.care.PlacementChangeReason;
import org.kindred.care.PlacementProvider;
import org.kindred.care.PlacementType;
import org.kindred.care.ReasonCeased;

/**
 * Turns a child's SSDA903 episodes back into the events a worker would have recorded (came into care, placement
 * change, legal status change, left care), the way the care module derives episodes from events
 * ({@link org.kindred.care.Ssda903Episodes}): an episode started S is coming into care; after an episode ceased
 * X1 the next one records what changed (its legal status, its placement, or both; B and U keep the carer, and the
 * reason for the move is the one on the episode that ceased); an episode ceased other than X1 is leaving care.
 * Whether the events give back exactly the file's episodes is checked by {@link EpisodeComparison}.
 */
final class Ssda903History {
    private Ssda903History() {
    }

    /** The events, in date order, as the care module's API takes them. */
    static List<NewCareEvent> events(List<FileEpisode> episodes) throws HistoryProblem {
        List<FileEpisode> sorted = episodes.stream().sorted(Comparator.comparing(FileEpisode::decom)).toList();
        List<NewCareEvent> events = new ArrayList<>();
        FileEpisode previous = null;
        for (FileEpisode e : sorted) {
            check(e);
            boolean starts = previous == null || previous.endsCare();
            if (starts) {
                if (!"S".equals(e.rne())) {
                    throw new HistoryProblem(e.line(), "RNE", previous == null
                            ? "the child's first episode in this return is " + e.rne() + ", not S: import the earlier years' returns first"
                            : "an episode after leaving care must start a new period (S), not " + e.rne());
                }
                // SSDA903 does not say whether coming into care was planned: recorded as planned.
                events.add(new NewCareEvent("CAME_INTO_CARE", e.decom(), e.ls(), e.cin(), e.place(), e.provider(),
                        e.postcode(), true, null, null, null));
            } else {
                if (previous.dec() == null) throw new HistoryProblem(previous.line(), "DEC", "an episode follows, but this one has not ceased");
                if (!previous.dec().equals(e.decom())) {
                    throw new HistoryProblem(e.line(), "DECOM", "does not start on the day the previous episode ceased (" + previous.dec() + ")");
                }
                changes(previous, e, events);
            }
            if (e.endsCare()) {
                events.add(new NewCareEvent("LEFT_CARE", e.dec(), null, null, null, null, null, null, null, null, e.rec()));
            }
            previous = e;
        }
        if (previous != null && previous.dec() != null && !previous.endsCare()) {
            throw new HistoryProblem(previous.line(), "REC", "ceased X1 but no episode follows it");
        }
        return events;
    }

    private static void changes(FileEpisode previous, FileEpisode e, List<NewCareEvent> events) throws HistoryProblem {
        boolean lsChanged = !e.ls().equals(previous.ls());
        boolean placementChanged = !e.place().equals(previous.place()) || !e.provider().equals(previous.provider())
                || !java.util.Objects.equals(e.postcode(), previous.postcode());
        if (!lsChanged && !placementChanged) {
            throw new HistoryProblem(e.line(), "RNE", "neither the legal status nor the placement changed from the previous episode");
        }
        if (lsChanged) {
            events.add(new NewCareEvent("LEGAL_STATUS_CHANGE", e.decom(), e.ls(), null, null, null, null, null, null, null, null));
        }
        if (placementChanged) {
            boolean sameCarer = "B".equals(e.rne()) || "U".equals(e.rne());
            events.add(new NewCareEvent("PLACEMENT_CHANGE", e.decom(), null, null, e.place(), e.provider(), e.postcode(),
                    null, sameCarer, previous.reasonPlaceChange(), null));
        }
    }

    /** Codes from the care module's lists, so a typo is reported at its cell rather than refused later. */
    private static void check(FileEpisode e) throws HistoryProblem {
        code(LegalStatus.class, e.ls(), e.line(), "LS");
        code(CategoryOfNeed.class, e.cin(), e.line(), "CIN");
        code(PlacementType.class, e.place(), e.line(), "PLACE");
        code(PlacementProvider.class, e.provider(), e.line(), "PLACE_PROVIDER");
        if (e.reasonPlaceChange() != null) code(PlacementChangeReason.class, e.reasonPlaceChange(), e.line(), "REASON_PLACE_CHANGE");
        if (e.dec() != null) code(ReasonCeased.class, e.rec(), e.line(), "REC");
    }

    private static <E extends Enum<E> & Coded> void code(Class<E> type, String value, int line, String column) throws HistoryProblem {
        if (value == null) throw new HistoryProblem(line, column, "is blank");
        if (Coded.fromCode(type, value).isEmpty()) throw new HistoryProblem(line, column, "\"" + value + "\" is not an SSDA903 code");
    }

    /** The same events as the care module's checked type, to derive the episodes before anything is written. */
    static List<CareEvent> checked(List<NewCareEvent> events) {
        return events.stream().map(Ssda903History::checked).toList();
    }

    private static CareEvent checked(NewCareEvent e) {
        Placement placement = e.placementType() == null ? null : new Placement(
                Coded.fromCode(PlacementType.class, e.placementType()).orElseThrow(),
                Coded.fromCode(PlacementProvider.class, e.placementProvider()).orElseThrow(), e.placementPostcode());
        return switch (e.kind()) {
            case "CAME_INTO_CARE" -> CareEvent.cameIntoCare(e.date(), Coded.fromCode(LegalStatus.class, e.legalStatus()).orElseThrow(),
                    Coded.fromCode(CategoryOfNeed.class, e.categoryOfNeed()).orElseThrow(), placement, true);
            case "LEGAL_STATUS_CHANGE" -> CareEvent.legalStatusChange(e.date(), Coded.fromCode(LegalStatus.class, e.legalStatus()).orElseThrow());
            case "PLACEMENT_CHANGE" -> CareEvent.placementChange(e.date(), placement,
                    e.placementChangeReason() == null ? null : Coded.fromCode(PlacementChangeReason.class, e.placementChangeReason()).orElseThrow(),
                    Boolean.TRUE.equals(e.sameCarer()));
            default -> CareEvent.leftCare(e.date(), Coded.fromCode(ReasonCeased.class, e.reasonCeased()).orElseThrow());
        };
    }
}
