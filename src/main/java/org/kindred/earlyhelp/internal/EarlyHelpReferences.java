package org.kindred.earlyhelp.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** Early help's columns naming a person, so a merge moves episodes, memberships and referrals (ADR 0005). */
@Component
class EarlyHelpReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        return List.of(PersonColumn.of("early_help_episode", "child_id"), PersonColumn.of("early_help_member", "person_id"),
                PersonColumn.of("intervention_referral", "child_id"));
    }
}
