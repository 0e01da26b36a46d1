package org.kindred.allocation.internal;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.access.Users;
import org.kindred.allocation.Allocation;
import org.kindred.allocation.Allocations;
import org.kindred.allocation.ChangesOfSocialWorker;
import org.kindred.allocation.SocialWorkersInYear;
import org.kindred.allocation.ChildAllocations;
import org.kindred.allocation.NewAllocation;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.NotFound;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAllocations implements Allocations {
    private final AllocationRows rows;
    private final People people;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcAllocations(AllocationRows rows, People people, Users users, ApplicationEventPublisher events,
                    Optional<Clock> clock) {
        this.rows = rows;
        this.people = people;
        this.users = users;
        this.events = events;
        this.clock = clock.orElse(Clock.system(UkTime.ZONE));
    }

    @Override
    @Transactional
    public Allocation allocate(long childId, NewAllocation in) {
        Person child = people.find(childId).orElseThrow(() -> new NotFound("Child"));
        Allocation current = rows.currentForUpdate(childId).orElse(null);
        var worker = in.workerId() == null ? null : users.find(in.workerId()).orElse(null);
        AllocationCheck.Valid v = AllocationCheck.validate(in, current, worker, LocalDate.now(clock));
        if (current != null) {
            rows.end(current.id(), v.start());
        }
        long id = rows.insert(childId, child.fullName(), v.worker().id(), v.worker().displayName(), v.start(),
                v.reason(), CurrentUser.get().username());
        Allocation made = rows.find(id);
        publish(made, current);
        return made;
    }

    private void publish(Allocation a, Allocation previous) {
        events.publishEvent(new WorkerAllocated(a.childId(), a.workerId(), a.workerName(), a.startDate(),
                a.changeReason()));
        String summary = previous == null ? "Allocated to " + a.workerName()
                : "Social worker changed from " + previous.workerName() + " to " + a.workerName() + ": "
                + a.changeReasonLabel();
        Instant at = a.startDate().equals(LocalDate.now(clock)) ? Instant.now(clock)
                : a.startDate().atStartOfDay(UkTime.ZONE).toInstant();
        events.publishEvent(new ChronologyEntry(a.childId(), at, "Allocation", summary, "allocation",
                Long.toString(a.id()), "/children/" + a.childId() + "/allocation"));
        events.publishEvent(new AuditableAction("CREATE", "allocation", Long.toString(a.id()),
                "child " + a.childId() + " to worker " + a.workerId()
                        + (a.changeReason() == null ? "" : ", reason " + a.changeReason())));
    }

    @Override
    @Transactional
    public Optional<ChildAllocations> forChild(long childId) {
        if (people.find(childId).isEmpty()) {
            return Optional.empty();
        }
        List<Allocation> history = rows.history(childId);
        int changes = ChangesOfSocialWorker.inLast12Months(history.stream().filter(a -> a.changeReason() != null)
                .map(Allocation::startDate).toList(), LocalDate.now(clock));
        Allocation current = history.stream().filter(Allocation::current).findFirst().orElse(null);
        events.publishEvent(new AuditableAction("LIST", "allocation", null, "child " + childId + ", "
                + history.size() + " shown"));
        int workers = SocialWorkersInYear.count(history, LocalDate.now(clock));
        return Optional.of(new ChildAllocations(childId, current, changes, workers,
                SocialWorkersInYear.highlighted(workers), history));
    }
}
