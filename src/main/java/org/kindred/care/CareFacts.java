package org.kindred.care;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the care module recorded, read-only and set-based for the statutory returns and Ofsted's Annex A: one query
 * per call for every child (or for the children named), typed. A period is {@code from} to {@code to}, both included;
 * "in" a period means at any time in it. Who belongs in a return, and how it codes and formats these, is the returns
 * module's business. A system read for a return that is audited as a whole. Codes without a type of their own here
 * (SDQ reason, adopters, permanence, missing or away) are the recorded text.
 */
public interface CareFacts {

    /** Episodes open at any time in the period, by child and start. */
    List<EpisodeFact> episodes(LocalDate from, LocalDate to);

    /** Looked-after reviews held in the period, by child and date. */
    List<ReviewFact> reviews(LocalDate from, LocalDate to);

    /** Unaccompanied asylum-seeking status held at any time in the period, by child. */
    List<UascFact> uasc(LocalDate from, LocalDate to);

    /** The yearly outcomes (OC2's recorded part) for the year ending 31 March {@code year}, by child. */
    List<OutcomeFact> outcomes(int year);

    /** Health assessments and dental checks held in the period, by child. */
    List<CheckFact> checks(CheckKind kind, LocalDate from, LocalDate to);

    /** Every care leaver's recorded outcomes at their 17th to 21st birthdays, by child and age. */
    List<LeaverOutcomeFact> leaverOutcomes();

    /** The adoptions (decision, match, adopters) of these children, by child. */
    List<AdoptionFact> adoptions(Collection<Long> childIds);

    /** Decisions to place for adoption open at any time in the period, by child and date. */
    List<PlacedForAdoptionFact> placedForAdoption(LocalDate from, LocalDate to);

    /** Permanence before periods of care that started in the period, by child and period (latest first). */
    List<PreviousPermanenceFact> previousPermanence(LocalDate from, LocalDate to);

    /** Missing (M) and away (A) episodes in the period, days in UK time, by child and start. */
    List<MissingFact> missing(LocalDate from, LocalDate to);

    /** Social worker episodes in the period, by child, start and order recorded. */
    List<SocialWorkerFact> socialWorkers(LocalDate from, LocalDate to);

    record EpisodeFact(long childId, LocalDate started, LocalDate periodStarted, NewEpisodeReason reasonNew,
                       LegalStatus legalStatus, CategoryOfNeed categoryOfNeed, PlacementType placement,
                       PlacementProvider provider, LocalDate ceased, ReasonCeased reasonCeased,
                       PlacementChangeReason placementChangeReason, String placementPostcode, String urn) {
    }

    record ReviewFact(long childId, LocalDate held, ReviewParticipation participation) {
    }

    record UascFact(long childId, LocalDate ceased) {
    }

    record OutcomeFact(long childId, Integer sdqScore, String sdqReason, Boolean convicted, Boolean healthCheck,
                       Boolean immunisations, Boolean substanceMisuse, Boolean interventionReceived,
                       Boolean interventionOffered) {
    }

    record CheckFact(long childId, LocalDate held) {
    }

    record LeaverOutcomeFact(long childId, int age, LeaverInTouch inTouch, LeaverActivity activity,
                             LeaverAccommodation accommodation) {
    }

    record AdoptionFact(long childId, LocalDate decided, LocalDate matched, boolean fosterCare, int adopters,
                        String adoptersSex, String adoptersLegalStatus) {
    }

    record PlacedForAdoptionFact(long childId, LocalDate placed, LocalDate ceased, String reasonCeased) {
    }

    record PreviousPermanenceFact(long childId, LocalDate periodStarted, String permanence, String localAuthority,
                                  LocalDate on) {
    }

    record MissingFact(long childId, String kind, LocalDate started, LocalDate ended) {
    }

    record SocialWorkerFact(long childId, String workerId, LocalDate started, LocalDate ended, String reason) {
    }
}
