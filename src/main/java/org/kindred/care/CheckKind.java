package org.kindred.care;

/**
 * Dated steps in a looked-after child's or care leaver's plan, each with its own schedule: health assessments
 * ({@link HealthAssessmentDue}), dental checks (counted in OC2 TEETH_CHECK), personal education plans
 * ({@link PersonalEducationPlanDue}), pathway plans and their reviews ({@link PathwayPlanReviewDue}).
 */
public enum CheckKind {
    HEALTH_ASSESSMENT("Health assessment"),
    DENTAL_CHECK("Dental check"),
    PEP("Personal education plan"),
    PATHWAY_PLAN("Pathway plan"),
    PATHWAY_PLAN_REVIEW("Pathway plan review");
    private final String label;

    CheckKind(String label) { this.label = label; }

    public String label() { return label; }
}
