package org.kindred.casework.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.allocation.WorkersAllocated;
import org.kindred.shared.work.AwaitingAuthorisation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what, in the transaction that did it: the worker a child is allocated to, whoever a task is set for
 * (each member of a team), and the managers of a worker whose step waits for authorisation. The messages name no
 * child (a notification list is not audited); the link opens the record, which is.
 */
@Component
@RequiredArgsConstructor
class NotificationListeners {
    private final JdbcNotifications notifications;
    private final Teams teams;

    @EventListener
    void on(WorkerAllocated e) {
        notifications.tellEach(List.of(allocated(e)));
    }

    @EventListener
    void on(WorkersAllocated all) {
        notifications.tellEach(all.allocations().stream().map(NotificationListeners::allocated).toList());
    }

    private static JdbcNotifications.Notice allocated(WorkerAllocated e) {
        return new JdbcNotifications.Notice(e.workerId(), e.childId(), "ALLOCATION", "A child has been allocated to you",
                "/children/" + e.childId());
    }

    @EventListener
    void on(TaskSet e) {
        List<Long> to = e.userId() != null ? List.of(e.userId())
                : teams.members(List.of(e.teamId())).stream().map(Teams.Member::userId).toList();
        notifications.tell(to.stream().filter(u -> u != e.setBy()).toList(), e.childId(), "TASK",
                "A task has been set for you: " + e.title(), "/children/" + e.childId() + "/tasks");
    }

    @EventListener
    void on(AwaitingAuthorisation e) {
        List<Long> teamIds = teams.of(e.requestedBy()).stream().map(Teams.Team::id).toList();
        if (teamIds.isEmpty()) return;
        List<Long> managers = teams.members(teamIds).stream()
                .filter(m -> m.roles().contains(Role.TEAM_MANAGER) && m.userId() != e.requestedBy())
                .map(Teams.Member::userId).toList();
        notifications.tell(managers, e.childId(), "AUTHORISATION", e.what(), e.link());
    }
}
