package org.kindred.earlyhelp.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kindred.earlyhelp.EarlyHelpEpisode;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.Contacts;
import org.kindred.frontdoor.NewContact;
import org.kindred.shared.time.UkTime;
import org.springframework.stereotype.Component;

/**
 * A step-up: early help escalates to the front door as a new contact from the authority's early help service
 * (CIN census source 5D) through the front door's public API, carrying the episode's history so nobody retypes it.
 */
@Component
class StepUp {
    static final String EARLY_HELP_SOURCE = "5D";
    private final Contacts contacts;
    private final Clock clock;

    StepUp(Contacts contacts, Optional<Clock> clock) {
        this.contacts = contacts;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    long toFrontDoor(EarlyHelpEpisode e, String reason) {
        Contact c = contacts.record(new NewContact(e.childId(), null, EARLY_HELP_SOURCE, clock.instant(),
                "Step-up from early help: " + reason, "GIVEN", history(e), false));
        return c.id();
    }

    /** The episode's story in plain text: who led it, the assessment, the meetings and the goals. */
    static String history(EarlyHelpEpisode e) {
        StringBuilder s = new StringBuilder("Early help episode " + e.id() + " since " + UkTime.written(e.startedOn()));
        if (e.leadProfessional() != null) {
            s.append("; lead professional ").append(e.leadProfessional()).append(" (").append(e.leadAgency().label()).append(")");
        }
        s.append(". Household: ").append(e.members().stream().map(EarlyHelpEpisode.Member::name)
                .collect(Collectors.joining(", "))).append('.');
        if (e.information() != null) s.append("\nAt the start: ").append(e.information());
        if (e.assessmentCompletedOn() != null) {
            s.append("\nEarly help assessment completed ").append(UkTime.written(e.assessmentCompletedOn()))
                    .append(": ").append(e.assessmentSummary());
        }
        e.reviews().forEach(r -> s.append("\nTeam around the family ").append(UkTime.written(r.heldOn())).append(": ")
                .append(r.summary()));
        e.goals().forEach(g -> s.append("\nGoal: ").append(g.goal()));
        return s.toString();
    }
}
