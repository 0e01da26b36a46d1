package org.kindred.fostering;

import java.time.LocalDate;
import java.util.List;

/** An enquiry and everything recorded on it, with its clocks and the steps that may be recorded next. */
public record Enquiry(long id, String name, String email, String phone, String postcode, String campaign,
                      String heardVia, String source, boolean consentToContact, boolean connectedPerson,
                      LocalDate receivedOn, Stage stage, LocalDate firstResponseOn, LocalDate initialVisitOn,
                      LocalDate applicationOn, LocalDate dbsOn, LocalDate laCheckOn, LocalDate healthOn,
                      LocalDate referencesOn, LocalDate stageOneDecisionOn, LocalDate formFOn, LocalDate panelOn,
                      String panelRecommendation, LocalDate decisionOn, LocalDate approvedOn, LocalDate closedOn,
                      String closedReason, Long householdId, List<StageClock> clocks, List<Step> nextSteps,
                      List<History> history) {
    public record History(String step, LocalDate on, String detail, String by) {
    }
}
