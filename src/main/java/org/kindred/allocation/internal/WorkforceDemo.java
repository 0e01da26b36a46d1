package org.kindred.allocation.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.DemoUsers;
import org.kindred.access.Teams;
import org.kindred.access.Users;
import org.kindred.shared.demo.DemoStep;
import org.springframework.stereotype.Component;

/**
 * Demo step 100: the workforce. Generated staff share the demo password (hashed once: bcrypt is slow by design),
 * so any of them can sign in to a demo; a demo is never real data.
 */
@Component
@RequiredArgsConstructor
class WorkforceDemo implements DemoStep {
    private final Teams teams;
    private final Users users;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String generate(DemoContext context) {
        if (users.find(WorkforcePlan.LARGE_TEAM_MANAGER).isPresent()) {
            return "Workforce: already there";
        }
        List<Teams.NewStaff> staff = WorkforcePlan.staff(context.seed());
        int created = teams.createStaff(staff, DemoUsers.PASSWORD, "demo data");
        return "Workforce: " + created + " staff in " + WorkforcePlan.TEAMS.size() + " teams";
    }
}
