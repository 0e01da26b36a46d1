package org.kindred.care;

import java.time.LocalDate;

/**
 * The rest of a looked-after child's or care leaver's record, each fact typed as the SSDA903 return needs it:
 * health and education (OC2), UASC and contact with family, leaving care (pathway plans, personal adviser, OC3),
 * adoption (AD1, PlacedAdoption) and previous permanence (PrevPerm). Every read and change is audited; bad input
 * throws {@link org.kindred.shared.InvalidInput} with the field at fault and changes nothing.
 */
public interface CareDetails {
    CareDetail find(long childId);

    /** A health assessment, dental check, PEP, pathway plan or its review held on a day. */
    CareDetail recordCheck(long childId, NewCheck check);

    /** The OC2 facts for the year ending 31 March {@code year}; a second call for the year replaces the first. */
    CareDetail recordOutcome(long childId, NewOutcome outcome);

    CareDetail recordUasc(long childId, NewUasc uasc);

    CareDetail recordFamilyContact(long childId, NewFamilyContact contact);

    CareDetail recordAdviser(long childId, NewAdviser adviser);

    /** OC3 at a birthday from 17 to 21; a second call for the age replaces the first. */
    CareDetail recordLeaverOutcome(long childId, NewLeaverOutcome outcome);

    CareDetail recordAdoption(long childId, NewAdoption adoption);

    CareDetail recordAdoptionDecision(long childId, NewAdoptionDecision decision);

    CareDetail recordPreviousPermanence(long childId, NewPreviousPermanence permanence);

    /** @param kind HEALTH_ASSESSMENT, DENTAL_CHECK, PEP, PATHWAY_PLAN or PATHWAY_PLAN_REVIEW */
    record NewCheck(String kind, LocalDate date) {
    }

    /** OC2: SDQ score 0-40 or a reason SDQ1-SDQ5 for none; the rest yes/no; interventions only with substance misuse. */
    record NewOutcome(Integer year, Integer sdqScore, String sdqReason, Boolean convicted, Boolean healthCheck,
                      Boolean immunisations, Boolean substanceMisuse, Boolean interventionReceived,
                      Boolean interventionOffered) {
    }

    /** UASC from a date; {@code duc}, the date UASC status ceases, defaults to the 18th birthday. */
    record NewUasc(LocalDate from, LocalDate duc) {
    }

    record NewFamilyContact(LocalDate date, String withWhom, String how, String note) {
    }

    record NewAdviser(String adviser, LocalDate from) {
    }

    /** @param inTouch OC3 IN_TOUCH code; @param activity ACTIV code; @param accommodation ACCOM code */
    record NewLeaverOutcome(Integer age, String inTouch, String activity, String accommodation) {
    }

    /** AD1: decision that the child should be placed for adoption, match, adopters (NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR). */
    record NewAdoption(LocalDate dateShouldBePlaced, LocalDate dateMatched, Boolean fosterCarers, Integer adopters,
                       String adoptersSex, String adoptersLegalStatus) {
    }

    /** PlacedAdoption: the decision date, and when and why (RD1-RD4) it ceased, both or neither. */
    record NewAdoptionDecision(LocalDate decided, LocalDate ceased, String reasonCeased) {
    }

    /** PrevPerm for the period of care that started on {@code periodStart}: P1-P4 or Z1, the LA and date of the order. */
    record NewPreviousPermanence(LocalDate periodStart, String previousPermanence, String localAuthority,
                                 LocalDate orderDate) {
    }
}
