package org.kindred.frontdoor.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** A merge moves the child's contacts, referrals and assessments to the surviving record; an unmerge moves them back. */
@Component
class FrontDoorPersonReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        return List.of(PersonColumn.of("contact", "child_id"), PersonColumn.of("referral", "child_id"),
                PersonColumn.of("single_assessment", "child_id"));
    }
}
