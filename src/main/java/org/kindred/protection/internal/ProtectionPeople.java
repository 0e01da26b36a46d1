package org.kindred.protection.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** Every column of this module naming a child, so a merge moves them and an unmerge moves exactly them back. */
@Component
class ProtectionPeople implements PersonReferences {

    @Override
    public List<PersonColumn> personColumns() {
        return List.of("strategy_discussion", "section47_enquiry", "cp_plan", "cp_conference", "cp_core_group",
                "cp_visit", "cin_plan", "cin_plan_review", "sos_mapping", "fgc_referral").stream()
                .map(t -> PersonColumn.of(t, "child_id")).toList();
    }
}
