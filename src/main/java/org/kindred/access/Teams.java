package org.kindred.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Teams and who is in them: a team's managers are its members with the team manager role, its workers those with
 * the social worker or front-door worker role. Allocation and caseloads read teams through this.
 */
public interface Teams {
    record Team(long id, String name) {
    }

    /** One user's place in one team (a user in two teams appears twice). */
    record Member(long userId, String username, String displayName, Set<Role> roles, long teamId, String team) {
        public boolean worker() { return Teams.isWorker(roles); }

        public boolean manager() { return roles.contains(Role.TEAM_MANAGER); }
    }

    /** A user generated in bulk, e.g. by the workforce demo data. */
    record NewStaff(String username, String displayName, Role role, String team) {
    }

    /** Who may hold children: social workers and front-door workers. */
    static boolean isWorker(Set<Role> roles) {
        return roles.contains(Role.SOCIAL_WORKER) || roles.contains(Role.FRONT_DOOR_WORKER);
    }

    List<Team> list();

    Optional<Team> find(long id);

    /** The teams the user belongs to, by name. */
    List<Team> of(long userId);

    /** Enabled members of the teams, by team then name. */
    List<Member> members(Collection<Long> teamIds);

    /** Enabled workers of every team, by name: for an administrator allocating anywhere. */
    List<Member> allWorkers();

    /** Adds the user to the team, creating the team when it is new. */
    void join(String username, String team);

    /** Creates users in one batch with one password hash (hashing is slow by design); returns how many. */
    int createStaff(List<NewStaff> staff, String password, String createdBy);

    /**
     * Former staff generated in bulk (the workforce demo's leavers): created disabled, with a password nobody knows,
     * so they never sign in. Returns each username's user id (existing usernames keep theirs).
     */
    java.util.Map<String, Long> createFormerStaff(List<NewStaff> staff, String createdBy);
}
