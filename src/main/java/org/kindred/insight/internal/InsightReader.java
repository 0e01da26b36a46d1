package org.kindred.insight.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.insight.ChildBehind;
import org.kindred.insight.Measure;
import org.kindred.insight.MonthFigure;
import org.kindred.insight.Scope;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.time.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the insight pages read: each measure's months for a scope, and the children behind a month, named only where
 * the user may see the record (a restricted child is counted, never named). Lists of children are audited.
 */
@Service
public class InsightReader {
    public static final int MOST_YEARS = 5;
    private final MeasureCatalogue catalogue;
    private final EnglandFigures england;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KeptFigures kept;

    InsightReader(MeasureCatalogue catalogue, EnglandFigures england, People people, ApplicationEventPublisher events,
                  Clock clock, KeptFigures kept) {
        this.kept = kept;
        this.catalogue = catalogue;
        this.england = england;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The months shown: the last {@code years} years up to this month (1 to 5). */
    public Period period(int years) {
        YearMonth to = YearMonth.from(UkTime.today(clock));
        return new Period(to.minusMonths(12L * Math.max(1, Math.min(MOST_YEARS, years)) - 1), to);
    }

    public record Period(YearMonth from, YearMonth to) {
        public boolean contains(YearMonth m) { return !m.isBefore(from) && !m.isAfter(to); }
    }

    public List<MeasureView> views(Scope scope, Period period) {
        List<MeasureView> views = new ArrayList<>();
        for (Measure m : catalogue.all()) {
            views.add(view(m, scope, period));
        }
        return views;
    }

    /** The measure's months for the scope, kept between requests until a change. */
    public List<MonthFigure> figures(Measure m, Scope scope, Period period) {
        return kept.series(m, scope, period.from(), period.to());
    }

    /** The measure's view; its chart drawn again only when its figures changed (the same for every reader). */
    public MeasureView view(Measure m, Scope scope, Period period) {
        List<MonthFigure> figures = kept.series(m, scope, period.from(), period.to());
        ViewKey key = new ViewKey(m.id(), scope.childIds() == null ? null : List.copyOf(scope.childIds()), period);
        Drawn drawn = drawnViews.get(key);
        if (drawn != null && drawn.figures().equals(figures)) {
            return drawn.view();
        }
        if (drawnViews.size() >= KeptFigures.MOST_KEPT) {
            drawnViews.clear();
        }
        MeasureView view = MeasureView.of(m, figures, england.of(m.id()));
        drawnViews.put(key, new Drawn(figures, view));
        return view;
    }

    private record ViewKey(String measure, List<Long> children, Period period) {
    }

    private record Drawn(List<MonthFigure> figures, MeasureView view) {
    }

    private final Map<ViewKey, Drawn> drawnViews = new java.util.concurrent.ConcurrentHashMap<>();

    /** A child behind a figure as a list shows them: a name only when the user may see the record. */
    public record Named(ChildBehind child, Optional<String> name) {
    }

    @Transactional
    public List<Named> behind(Measure m, Scope scope, YearMonth month, String purpose) {
        List<ChildBehind> children = m.behind(scope, month);
        Map<Long, Person> visible = people.findAll(children.stream().map(ChildBehind::childId).distinct().toList());
        events.publishEvent(new AuditableAction(purpose, "insight", m.id(),
                scope.label() + ", " + month + ": " + children.size() + " children"));
        return children.stream().map(c -> new Named(c,
                Optional.ofNullable(visible.get(c.childId())).map(Person::fullName))).toList();
    }
}
