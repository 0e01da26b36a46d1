package org.kindred.person.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.person.Family;
import org.kindred.person.Person;
import org.kindred.person.genogram.Genogram;
import org.kindred.shared.WorkingDays;
import org.kindred.shared.childpage.ChildFact;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.stereotype.Component;

/**
 * Gathers the child's page from every module's {@link ChildPageSource} and {@link WorkItemSource}: the page owns no
 * facts. The child has been found (and the view audited) before this runs.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChildPageAssembly {
    /** What is due within this many working days is shown beside what is overdue, as on "My work". */
    static final int DUE_WITHIN_WORKING_DAYS = 10;
    private final List<ChildPageSource> sources;
    private final List<WorkItemSource> work;

    /** The assembled page: status, alerts and professionals in the sources' order, then their sections. */
    public record ChildStory(List<ChildFact> status, List<ChildFact> alerts, List<ChildFact> professionals,
                      List<ChildPagePart> sections, List<WorkItem> due, LocalDate today, Family family,
                             Genogram genogram) {

        public long overdue() { return due.stream().filter(w -> w.overdueOn(today)).count(); }
    }

    ChildStory assemble(Person child, LocalDate today, Family family, Genogram genogram) {
        List<ChildPagePart> parts = sources.stream().map(s -> s.partFor(child.id(), today)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(ChildPagePart::order)).toList();
        List<ChildFact> alerts = new java.util.ArrayList<>();
        if (child.restricted()) {
            alerts.add(ChildFact.flag("Restricted record", "Only people given access can see this record", null));
        }
        parts.forEach(p -> alerts.addAll(p.alerts()));
        LocalDate horizon = WorkingDays.england().plusWorkingDays(today, DUE_WITHIN_WORKING_DAYS);
        List<WorkItem> due = work.stream().flatMap(s -> s.dueFor(List.of(child.id()), horizon).stream())
                .sorted(Comparator.comparing(WorkItem::due)).toList();
        return new ChildStory(parts.stream().flatMap(p -> p.status().stream()).toList(), List.copyOf(alerts),
                parts.stream().flatMap(p -> p.professionals().stream()).toList(),
                parts.stream().filter(ChildPagePart::hasSection).toList(), due, today, family, genogram);
    }
}
