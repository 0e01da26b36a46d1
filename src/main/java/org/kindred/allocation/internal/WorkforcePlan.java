package org.kindred.allocation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kindred.access.Role;
import org.kindred.access.Teams.NewStaff;

/**
 * A county's children's social care workforce for the demo: 25 teams across the service, each with a manager,
 * about 250 people in all. "Children in care team Central" has 40 workers under {@code manager40}, the manager
 * the "My work" benchmark signs in as. The demo manager already runs "Assessment team North" with the demo worker.
 */
final class WorkforcePlan {
    record TeamPlan(String name, Role role, int workers) {
    }

    static final String LARGE_TEAM_MANAGER = "manager40";
    static final String DEMO_MANAGERS_TEAM = "Assessment team North";

    static final List<TeamPlan> TEAMS = List.of(
            new TeamPlan("Front door (MASH)", Role.FRONT_DOOR_WORKER, 8),
            new TeamPlan("Front door (MASH) East", Role.FRONT_DOOR_WORKER, 7),
            new TeamPlan("Front door (MASH) West", Role.FRONT_DOOR_WORKER, 7),
            new TeamPlan(DEMO_MANAGERS_TEAM, Role.SOCIAL_WORKER, 7),
            new TeamPlan("Assessment team South", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Assessment team East", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Assessment team West", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Assessment team Central", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Child in need and protection North", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Child in need and protection South", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Child in need and protection East", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Child in need and protection West", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Child in need and protection Central", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Child in need and protection Coast", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Children in care team North", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Children in care team South", Role.SOCIAL_WORKER, 8),
            new TeamPlan("Children in care team East", Role.SOCIAL_WORKER, 7),
            new TeamPlan("Children in care team West", Role.SOCIAL_WORKER, 7),
            new TeamPlan("Children in care team Central", Role.SOCIAL_WORKER, 40),
            new TeamPlan("Disabled children's team", Role.SOCIAL_WORKER, 7),
            new TeamPlan("Care leavers North", Role.SOCIAL_WORKER, 6),
            new TeamPlan("Care leavers South", Role.SOCIAL_WORKER, 6),
            new TeamPlan("Care leavers Central", Role.SOCIAL_WORKER, 6),
            new TeamPlan("Fostering recruitment", Role.FOSTERING_OFFICER, 6),
            new TeamPlan("Fostering supervision", Role.FOSTERING_OFFICER, 6));

    private static final String[] GIVEN = {"Alex", "Amira", "Ben", "Chloe", "Daniel", "Ella", "Faisal", "Grace",
        "Hannah", "Imran", "Jade", "Kwame", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Rachel", "Sean",
        "Tom", "Usha", "Victoria", "Will", "Yasmin", "Zoe", "Aisha", "Callum", "Dev", "Fiona", "Gareth"};
    private static final String[] FAMILY = {"Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fletcher", "Green",
        "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Roberts",
        "Smith", "Thomas", "Walker", "Wilson", "Wright", "Young", "Clarke", "Hall", "Begum", "Mensah"};

    private WorkforcePlan() {
    }

    /** Everyone to create: a manager per team (except the demo manager's) and the team's workers. */
    static List<NewStaff> staff(long seed) {
        Random random = new Random(seed);
        List<NewStaff> staff = new ArrayList<>();
        int n = 0;
        for (int t = 0; t < TEAMS.size(); t++) {
            TeamPlan team = TEAMS.get(t);
            if (!team.name().equals(DEMO_MANAGERS_TEAM)) {
                String username = team.workers() == 40 ? LARGE_TEAM_MANAGER : String.format("tm%02d", t + 1);
                staff.add(new NewStaff(username, name(random), Role.TEAM_MANAGER, team.name()));
            }
            for (int w = 0; w < team.workers(); w++) {
                staff.add(new NewStaff(String.format("sw%03d", ++n), name(random), team.role(), team.name()));
            }
        }
        return staff;
    }

    private static String name(Random random) {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }
}
