package org.kindred.insight.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.insight.InsightRoles.CanReadTeams;
import org.kindred.insight.Measure;
import org.kindred.insight.Scope;
import org.kindred.insight.internal.InsightReader.Named;
import org.kindred.insight.internal.InsightReader.Period;
import org.kindred.insight.internal.InsightReader;
import org.kindred.insight.internal.InsightScopes;
import org.kindred.insight.internal.MeasureCatalogue;
import org.kindred.insight.internal.MeasureView;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The insight pages: the scopes a user may read, a scope's measures by month (chart and table), the children behind
 * a month's figure, and each table as CSV. Which scope a user may read is {@link InsightScopes}' rule; the role
 * annotation lets in only managers, the performance team and administrators.
 */
@Controller
@RequiredArgsConstructor
class InsightPages {
    private final InsightScopes scopes;
    private final InsightReader reader;
    private final MeasureCatalogue catalogue;
    private final ApplicationEventPublisher events;

    @GetMapping("/insight")
    @CanReadTeams
    String index(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("authority", InsightScopes.readsAuthority(user));
        model.addAttribute("teams", scopes.teamsFor(user));
        return "insight/index";
    }

    /** The service by team: each measure's latest month for every team the user may read (a head of service's). */
    @GetMapping("/insight/service")
    @CanReadTeams
    String service(Model model) {
        CurrentUser user = CurrentUser.get();
        Period month = reader.period(1);
        YearMonth latest = month.to();
        List<org.kindred.access.Teams.Team> teams = scopes.teamsFor(user);
        List<Measure> measures = catalogue.all();
        List<List<MeasureView.Row>> byTeam = new ArrayList<>();
        for (org.kindred.access.Teams.Team t : teams) {
            Scope s = scopes.team(t, latest, latest);
            List<MeasureView.Row> cells = new ArrayList<>();
            for (Measure m : measures) {
                var f = reader.figures(m, s, new Period(latest, latest)).get(0);
                cells.add(new MeasureView.Row(latest, t.name(), f.count(), f.base(), m.kind().value(f)));
            }
            byTeam.add(cells);
        }
        model.addAttribute("teams", teams);
        model.addAttribute("measures", measures);
        model.addAttribute("byTeam", byTeam);
        model.addAttribute("month", latest);
        model.addAttribute("monthLabel", latest.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)));
        return "insight/service";
    }

    @GetMapping("/insight/{scope}")
    @CanReadTeams
    String scope(@PathVariable String scope, @RequestParam(defaultValue = "1") String years, Model model) {
        int y = years(years);
        Period period = reader.period(y);
        Scope s = resolve(scope, period);
        model.addAttribute("scopeKey", scope);
        model.addAttribute("scope", s);
        model.addAttribute("years", y);
        model.addAttribute("period", period);
        model.addAttribute("views", reader.views(s, period));
        return "insight/scope";
    }

    @GetMapping("/insight/{scope}/measures/{measure}/months/{month}")
    @CanReadTeams
    String children(@PathVariable String scope, @PathVariable String measure, @PathVariable String month, Model model) {
        YearMonth m = month(month);
        Measure found = measure(measure);
        Scope s = resolve(scope, new Period(m, m));
        List<Named> children = reader.behind(found, s, m, "LIST");
        model.addAttribute("scopeKey", scope);
        model.addAttribute("scope", s);
        model.addAttribute("measure", found);
        model.addAttribute("month", m);
        model.addAttribute("monthLabel", m.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)));
        model.addAttribute("children", children);
        model.addAttribute("counted", children.stream().filter(c -> c.child().counted()).count());
        model.addAttribute("unnamed", children.stream().filter(c -> c.name().isEmpty()).count());
        return "insight/children";
    }

    @GetMapping("/insight/{scope}/measures/{measure}/figures.csv")
    @CanReadTeams
    ResponseEntity<String> figuresCsv(@PathVariable String scope, @PathVariable String measure,
                                      @RequestParam(defaultValue = "1") String years) {
        Measure found = measure(measure);
        Period period = reader.period(years(years));
        Scope s = resolve(scope, period);
        MeasureView view = reader.view(found, s, period);
        events.publishEvent(new AuditableAction("DOWNLOAD", "insight", found.id(),
                s.label() + ", " + period.from() + " to " + period.to() + ": figures as CSV"));
        List<List<Object>> rows = new ArrayList<>();
        view.rows().forEach(r -> rows.add(List.of(r.month().toString(), r.count(), r.base() == null ? "" : r.base(),
                r.value() == null ? "" : r.value())));
        return Csv.download(found.id() + "-" + scope + ".csv", List.of("month", "count", "base", "figure"), rows);
    }

    @GetMapping("/insight/{scope}/measures/{measure}/months/{month}/children.csv")
    @CanReadTeams
    ResponseEntity<String> childrenCsv(@PathVariable String scope, @PathVariable String measure,
                                       @PathVariable String month) {
        YearMonth m = month(month);
        Measure found = measure(measure);
        Scope s = resolve(scope, new Period(m, m));
        List<List<Object>> rows = new ArrayList<>();
        for (Named c : reader.behind(found, s, m, "DOWNLOAD")) {
            // A record the user may not see is a counted line with neither id nor name.
            rows.add(List.of(c.name().isPresent() ? c.child().childId() : "",
                    c.name().orElse("Restricted record"), c.child().on() == null ? "" : c.child().on().toString(),
                    c.child().detail() == null ? "" : c.child().detail(), c.child().counted() ? "yes" : "no"));
        }
        return Csv.download(found.id() + "-" + scope + "-" + m + ".csv",
                List.of("child_id", "name", "date", "detail", "counted"), rows);
    }

    private Scope resolve(String key, Period period) {
        return scopes.resolve(key, CurrentUser.get(), period.from(), period.to())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Measure measure(String id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static int years(String text) {
        try {
            int y = Integer.parseInt(text.trim());
            return Math.max(1, Math.min(InsightReader.MOST_YEARS, y));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
