package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/**
 * Health, education, UASC, leaving care, adoption and social worker episodes for one child, with what is due next
 * (null when nothing is due: the child is not looked after, or the schedule does not apply at the child's age).
 */
public record CareDetail(long childId, List<Check> checks, List<Outcome> outcomes, Uasc uasc,
                         List<FamilyContact> familyContacts, List<Adviser> advisers, List<LeaverOutcome> leaverOutcomes,
                         Adoption adoption, List<AdoptionDecision> adoptionDecisions,
                         List<PreviousPermanence> previousPermanence, List<SocialWorkerEpisode> socialWorkers,
                         CareLeaverEligibility.Status leavingCare, Due due) {

    public record Check(long id, CheckKind kind, LocalDate date) {
    }

    public record Outcome(int year, Integer sdqScore, String sdqReason, Boolean convicted, Boolean healthCheck,
                          Boolean immunisations, Boolean substanceMisuse, Boolean interventionReceived,
                          Boolean interventionOffered) {
    }

    public record Uasc(LocalDate from, LocalDate duc) {
    }

    public record FamilyContact(long id, LocalDate date, String withWhom, String how, String note) {
    }

    public record Adviser(String adviser, LocalDate from) {
    }

    public record LeaverOutcome(int age, LeaverInTouch inTouch, LeaverActivity activity, LeaverAccommodation accommodation) {
    }

    public record Adoption(LocalDate dateShouldBePlaced, LocalDate dateMatched, boolean fosterCarers, int adopters,
                           String adoptersSex, String adoptersLegalStatus) {
    }

    public record AdoptionDecision(long id, LocalDate decided, LocalDate ceased, String reasonCeased) {
    }

    public record PreviousPermanence(LocalDate periodStart, String previousPermanence, String localAuthority,
                                     LocalDate orderDate) {
    }

    /** SWEpisodes: SW_ID, SW_DECOM, SW_DEC and SW_REASON (the reason the episode ended). */
    public record SocialWorkerEpisode(String swId, LocalDate from, LocalDate to, String reason) {
    }

    /** Next due dates: health assessment, PEP, pathway plan (review). */
    public record Due(LocalDate health, LocalDate pep, LocalDate pathwayPlan) {
    }
}
