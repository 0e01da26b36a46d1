package org.kindred.care.web;

import org.kindred.care.CareDetails.NewAdoption;
import org.kindred.care.CareDetails.NewAdoptionDecision;
import org.kindred.care.CareDetails.NewAdviser;
import org.kindred.care.CareDetails.NewFamilyContact;
import org.kindred.care.CareDetails.NewLeaverOutcome;
import org.kindred.care.CareDetails.NewOutcome;
import org.kindred.care.CareDetails.NewPreviousPermanence;

/** The care detail page forms as the commands the API also takes (the field names are the commands' own). */
final class DetailForms {
    private DetailForms() {
    }

    static NewOutcome outcome(FormValues f) {
        return new NewOutcome(f.number("year", "The year"), f.number("sdqScore", "The SDQ score"), f.text("sdqReason"),
                f.yesNo("convicted"), f.yesNo("healthCheck"), f.yesNo("immunisations"), f.yesNo("substanceMisuse"),
                f.yesNo("interventionReceived"), f.yesNo("interventionOffered"));
    }

    static NewFamilyContact familyContact(FormValues f) {
        return new NewFamilyContact(f.date("date", "The date of the contact"), f.text("withWhom"), f.text("how"),
                f.text("note"));
    }

    static NewAdviser adviser(FormValues f) {
        return new NewAdviser(f.text("adviser"), f.date("from", "The date"));
    }

    static NewLeaverOutcome leaverOutcome(FormValues f) {
        return new NewLeaverOutcome(f.number("age", "The birthday"), f.text("inTouch"), f.text("activity"),
                f.text("accommodation"));
    }

    static NewAdoption adoption(FormValues f) {
        return new NewAdoption(f.date("dateShouldBePlaced", "The date of the decision"),
                f.date("dateMatched", "The date of the match"), f.yesNo("fosterCarers"),
                f.number("adopters", "The number of adopters"), f.text("adoptersSex"), f.text("adoptersLegalStatus"));
    }

    static NewAdoptionDecision adoptionDecision(FormValues f) {
        return new NewAdoptionDecision(f.date("decided", "The date of the decision"),
                f.date("ceased", "The date the decision ceased"), f.text("reasonCeased"));
    }

    static NewPreviousPermanence previousPermanence(FormValues f) {
        return new NewPreviousPermanence(f.date("periodStart", "The start of the period of care"),
                f.text("previousPermanence"), f.text("localAuthority"), f.date("orderDate", "The date of the order"));
    }
}
