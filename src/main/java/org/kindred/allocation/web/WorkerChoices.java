package org.kindred.allocation.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kindred.access.CurrentUser;
import org.kindred.access.Teams;
import org.springframework.stereotype.Component;

/** The workers a manager chooses from: their own teams' workers, or every worker for an administrator. */
@Component
class WorkerChoices {
    private final Teams teams;

    WorkerChoices(Teams teams) { this.teams = teams; }

    List<Teams.Member> forCurrentUser() {
        CurrentUser user = CurrentUser.get();
        List<Teams.Member> own = user.administrator() ? List.of()
                : teams.members(teams.of(user.id()).stream().map(Teams.Team::id).toList()).stream()
                .filter(Teams.Member::worker).toList();
        // A manager outside any team with workers still has to be able to allocate.
        List<Teams.Member> choices = own.isEmpty() ? teams.allWorkers() : own;
        Set<Long> seen = new HashSet<>();
        return choices.stream().filter(m -> seen.add(m.userId())).toList();
    }
}
