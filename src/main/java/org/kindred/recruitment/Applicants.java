package org.kindred.recruitment;

import java.util.List;

/** Applicants through the stages, the leader's contacts due, and retention payments. */
public interface Applicants {
    Applicant apply(long campaignId, NewApplicant applicant);

    /** The next step (or a withdrawal with its reason); refused when out of order or dated before the last. */
    Applicant step(long applicantId, ApplicantStep step);

    Applicant find(long id);

    List<Applicant> forCampaign(long campaignId);

    RetentionPayment pay(long applicantId, NewRetentionPayment payment);

    List<RetentionPayment> payments(long applicantId);

    /**
     * Applicants not yet contacted in campaigns the user leads, soonest due first: the leader's My work. Not
     * role-checked: it names only the user's own work.
     */
    List<ContactDue> contactsDueFor(long userId);
}
