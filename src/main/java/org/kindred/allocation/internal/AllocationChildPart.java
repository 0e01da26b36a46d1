package org.kindred.allocation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.kindred.access.Teams;
import org.kindred.allocation.Allocation;
import org.kindred.allocation.SocialWorkersInYear;
import org.kindred.shared.childpage.ChildFact;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.springframework.stereotype.Component;

/** The child's page: the social worker and team by name, and the social workers in the last 12 months. */
@Component
@RequiredArgsConstructor
class AllocationChildPart implements ChildPageSource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private final AllocationRows rows;
    private final Teams teams;

    @Override
    public Optional<ChildPagePart> partFor(long childId, LocalDate today) {
        List<Allocation> history = rows.history(childId);
        String link = "/children/" + childId + "/allocation";
        Allocation current = history.stream().filter(Allocation::current).findFirst().orElse(null);
        if (current == null) {
            return Optional.of(ChildPagePart.facts(10, List.of(ChildFact.flag("Social worker", "Not allocated", link)),
                    List.of(), List.of()));
        }
        String team = teams.of(current.workerId()).stream().map(Teams.Team::name).collect(Collectors.joining(", "));
        String worker = current.workerName() + (team.isEmpty() ? "" : ", " + team) + ", since "
                + DAY.format(current.startDate());
        int workers = SocialWorkersInYear.count(history, today);
        ChildFact count = SocialWorkersInYear.highlighted(workers)
                ? ChildFact.flag("Social workers in the last 12 months", workers + ": three or more", link)
                : ChildFact.of("Social workers in the last 12 months", Integer.toString(workers), link);
        return Optional.of(ChildPagePart.facts(10, List.of(ChildFact.of("Social worker", worker, link), count),
                List.of(), List.of(ChildFact.of("Social worker", current.workerName()
                        + (team.isEmpty() ? "" : " (" + team + ")"), link))));
    }
}
