package org.kindred.insight.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.access.Teams.Team;
import org.kindred.access.Teams;
import org.kindred.insight.Months;
import org.kindred.insight.Scope;
import org.kindred.insight.TeamChildren;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose figures a user may read: the authority's for the performance team and administrators; a team's for its
 * managers too (a head of service manages every team of the service, so reads each of them and the service by
 * team). Addressed as {@code authority} or {@code team-<id>}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InsightScopes {
    public static final String AUTHORITY = "authority";
    private final Teams teams;
    private final TeamChildren teamChildren;

    public static boolean readsAuthority(CurrentUser user) {
        return user.has(Role.PERFORMANCE_ANALYST) || user.administrator();
    }

    /** The teams whose pages the user may read, by name. */
    public List<Team> teamsFor(CurrentUser user) {
        return readsAuthority(user) ? teams.list() : teams.of(user.id());
    }

    /** The scope named by {@code key} over the months, or empty when there is none; refuses one not theirs. */
    public Optional<Scope> resolve(String key, CurrentUser user, YearMonth from, YearMonth to) {
        if (AUTHORITY.equals(key)) {
            if (!readsAuthority(user)) {
                throw new AccessDeniedException("the authority's figures are for the performance team");
            }
            return Optional.of(Scope.authority());
        }
        Optional<Team> team = teamId(key).flatMap(teams::find);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        if (teamsFor(user).stream().noneMatch(t -> t.id() == team.get().id())) {
            throw new AccessDeniedException("not one of the user's teams");
        }
        return Optional.of(team(team.get(), from, to));
    }

    /** A team's scope: the children its workers held at some time in the months. */
    public Scope team(Team team, YearMonth from, YearMonth to) {
        List<Long> workers = teams.members(List.of(team.id())).stream().filter(Teams.Member::worker)
                .map(Teams.Member::userId).toList();
        return Scope.children(team.name(), teamChildren.heldBy(workers, Months.first(from), Months.last(to)));
    }

    private static Optional<Long> teamId(String key) {
        if (key == null || !key.startsWith("team-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(5)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
