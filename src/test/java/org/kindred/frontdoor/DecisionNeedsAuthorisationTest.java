package org.kindred.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;

class DecisionNeedsAuthorisationTest {

    @Test
    void notReferringAnUrgentOrRecentlyReferredChildNeedsAManager() {
        assertThat(DecisionNeedsAuthorisation.applies(ContactDecision.NO_FURTHER_ACTION, true, false)).isTrue();
        assertThat(DecisionNeedsAuthorisation.applies(ContactDecision.INFORMATION_AND_ADVICE, false, true)).isTrue();
    }

    @Test
    void referralsEarlyHelpAndOrdinaryContactsDoNot() {
        assertThat(DecisionNeedsAuthorisation.applies(ContactDecision.REFERRAL, true, true)).isFalse();
        assertThat(DecisionNeedsAuthorisation.applies(ContactDecision.EARLY_HELP, true, true)).isFalse();
        assertThat(DecisionNeedsAuthorisation.applies(ContactDecision.NO_FURTHER_ACTION, false, false)).isFalse();
    }

    @Test
    void aTeamManagerAuthorisesByDeciding() {
        assertThat(DecisionNeedsAuthorisation.authorisedByDecider(Set.of(Role.TEAM_MANAGER))).isTrue();
        assertThat(DecisionNeedsAuthorisation.authorisedByDecider(Set.of(Role.ADMINISTRATOR))).isTrue();
        assertThat(DecisionNeedsAuthorisation.authorisedByDecider(Set.of(Role.FRONT_DOOR_WORKER))).isFalse();
    }
}
