package org.kindred.allocation.internal;

import java.time.LocalDate;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.allocation.WorkersAllocated;
import org.kindred.insight.FiguresChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the insight pages that allocations changed from a day on (caseloads, changes of social worker). */
@Component
class AllocationFigures {
    private final ApplicationEventPublisher events;

    AllocationFigures(ApplicationEventPublisher events) { this.events = events; }

    @EventListener
    void on(WorkerAllocated allocation) {
        events.publishEvent(new FiguresChanged(allocation.from()));
    }

    @EventListener
    void on(WorkersAllocated allocations) {
        allocations.allocations().stream().map(WorkerAllocated::from).min(LocalDate::compareTo)
                .ifPresent(first -> events.publishEvent(new FiguresChanged(first)));
    }
}
