package org.kindred.workforce.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.kindred.workforce.EnglandFigures;
import org.kindred.workforce.Figures;
import org.kindred.workforce.Staff;
import org.kindred.workforce.WorkforceMeasures;
import org.kindred.workforce.WorkforceRoles.CanReadWorkforceMeasures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The census's measures by month as charts, each with its table and CSV; by team and by role on the last day. */
@Controller
class WorkforceMeasuresPage {
    private static final long KEEP_MILLIS = 60_000;
    private final WorkforceMeasures measures;
    private final Staff staff;
    private final Clock clock;
    /** Charts drawn once per period, team and figures for a minute: drawing is the page's dearest part. */
    private final Map<MeasuresRequest, Drawn> drawn = new ConcurrentHashMap<>();

    private record Drawn(long at, List<Figures> months, String rates, String people) {
    }

    WorkforceMeasuresPage(WorkforceMeasures measures, Staff staff, Optional<Clock> clock) {
        this.measures = measures;
        this.staff = staff;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/workforce/measures")
    @CanReadWorkforceMeasures
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String team, Model model) {
        LocalDate today = LocalDate.now(clock);
        Problems p = new Problems();
        MeasuresRequest r = MeasuresRequest.read(from, to, team, today, p);
        if (r.team() != null && !staff.teams().contains(r.team())) p.add("team", "There is no team called " + r.team());
        Map<String, String> errors = Map.of();
        try {
            p.throwIfAny();
        } catch (InvalidInput e) {
            errors = e.errors();
            r = MeasuresRequest.read(null, null, null, today, new Problems());
        }
        Drawn d = draw(r);
        Figures last = d.months().get(d.months().size() - 1);
        model.addAttribute("errors", errors).addAttribute("request", r).addAttribute("months", d.months())
                .addAttribute("last", last).addAttribute("ratesChart", d.rates()).addAttribute("peopleChart", d.people())
                .addAttribute("teams", staff.teams()).addAttribute("from", from).addAttribute("to", to)
                .addAttribute("byTeam", r.team() == null ? measures.byTeam(last.day()) : List.of())
                .addAttribute("byRole", measures.byRole(last.day(), r.team()))
                .addAttribute("englandSource", EnglandFigures.SOURCE)
                .addAttribute("englandTurnover", EnglandFigures.value("turnover"))
                .addAttribute("englandAgency", EnglandFigures.value("agency"))
                .addAttribute("englandVacancy", EnglandFigures.value("vacancy"))
                .addAttribute("englandCaseload", EnglandFigures.value("caseload"))
                .addAttribute("englandAbsence", EnglandFigures.value("absence"));
        return "workforce/measures";
    }

    @GetMapping(path = "/workforce/measures.csv", produces = "text/csv")
    @CanReadWorkforceMeasures
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String team) {
        MeasuresRequest r = MeasuresRequest.read(from, to, team, LocalDate.now(clock));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"workforce-measures.csv\"")
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .body(MeasuresCsv.of(measures.monthly(r.from(), r.to(), r.team())));
    }

    /** The months are counted on every request; only their drawing is reused, while the figures are the same. */
    private Drawn draw(MeasuresRequest r) {
        List<Figures> months = measures.monthly(r.from(), r.to(), r.team());
        Drawn d = drawn.get(r);
        if (d != null && d.months().equals(months) && System.currentTimeMillis() - d.at() < KEEP_MILLIS) return d;
        List<YearMonth> labels = months.stream().map(f -> YearMonth.from(f.day())).toList();
        String rates = WorkforceChart.render("rates-chart", "Turnover, agency and vacancy rates by month", "Per cent",
                labels, List.of(new WorkforceChart.Line("Turnover", months.stream().map(Figures::turnoverRate).toList()),
                        new WorkforceChart.Line("Agency", months.stream().map(Figures::agencyRate).toList()),
                        new WorkforceChart.Line("Vacancy", months.stream().map(Figures::vacancyRate).toList())));
        String people = WorkforceChart.render("people-chart", "Social workers in post (FTE) by month", "FTE", labels,
                List.of(new WorkforceChart.Line("Own staff", months.stream().map(f -> (Double) f.fte()).toList()),
                        new WorkforceChart.Line("Agency", months.stream().map(f -> (Double) f.agencyFte()).toList())));
        Drawn fresh = new Drawn(System.currentTimeMillis(), months, rates, people);
        if (drawn.size() > 50) drawn.clear();
        drawn.put(r, fresh);
        return fresh;
    }
}
