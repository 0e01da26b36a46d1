package org.kindred.fostering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.fostering.FosteringMeasures;
import org.kindred.fostering.FosteringMeasures.MonthCount;
import org.kindred.fostering.FosteringRoles.CanSeeFosteringMeasures;
import org.kindred.shared.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Fostering measures: each chart a server-rendered SVG with its table, and each table as CSV. */
@Controller
class MeasuresPage {
    private final FosteringMeasures measures;
    private final Clock clock;

    MeasuresPage(FosteringMeasures measures, Optional<Clock> clock) {
        this.measures = measures;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/fostering/measures")
    @CanSeeFosteringMeasures
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String campaign, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate f = parse(from, "from", today.minusYears(1).plusDays(1), errors);
        LocalDate t = parse(to, "to", today, errors);
        if (errors.isEmpty() && t.isBefore(f)) errors.put("to", "The end must not be before the start");
        if (!errors.isEmpty()) {
            f = today.minusYears(1).plusDays(1);
            t = today;
        }
        FosteringMeasures.Funnel funnel;
        try {
            funnel = measures.funnel(f, t, campaign);
        } catch (InvalidInput e) {
            errors.putAll(e.errors());
            funnel = measures.funnel(f, t, null);
        }
        List<MonthCount> months = measures.enquiriesByMonth(f, t);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("campaign", campaign);
        model.addAttribute("errors", errors);
        model.addAttribute("funnel", funnel);
        model.addAttribute("yoy", measures.yearOnYear(f, t));
        MonthGrid grid = MonthGrid.of(months);
        model.addAttribute("monthGrid", grid);
        model.addAttribute("monthChart", SvgBars.render("Enquiries by campaign by month", grid.labels(), grid.values()));
        model.addAttribute("funnelChart", SvgBars.render("Enquiries reaching each stage",
                funnel.stages().stream().map(FosteringMeasures.StageCount::stage).toList(),
                new long[][] {funnel.stages().stream().mapToLong(FosteringMeasures.StageCount::count).toArray()}));
        var suff = measures.sufficiency(today);
        model.addAttribute("sufficiency", suff);
        model.addAttribute("householdChart", SvgBars.render("Places, children placed and vacancies by type of approval",
                suff.byType().stream().map(x -> x.type().label()).toList(), new long[][] {
                        suff.byType().stream().mapToLong(FosteringMeasures.TypeCount::places).toArray(),
                        suff.byType().stream().mapToLong(FosteringMeasures.TypeCount::placed).toArray(),
                        suff.byType().stream().mapToLong(FosteringMeasures.TypeCount::vacancies).toArray()}));
        return "fostering/measures";
    }

    @GetMapping(path = "/fostering/measures/enquiries.csv", produces = "text/csv")
    @CanSeeFosteringMeasures
    ResponseEntity<String> enquiriesCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate f = parseOrThrow(from, "from", today.minusYears(1).plusDays(1));
        LocalDate t = parseOrThrow(to, "to", today);
        StringBuilder csv = new StringBuilder("month,campaign,enquiries\n");
        for (MonthCount m : measures.enquiriesByMonth(f, t)) {
            csv.append(m.month()).append(',').append(Csv.cell(m.campaign())).append(',').append(m.enquiries()).append('\n');
        }
        csv.append("\nperiod,campaign,this_period,same_period_last_year,change_percent\n");
        for (var y : measures.yearOnYear(f, t)) {
            csv.append(f).append(" to ").append(t).append(',').append(Csv.cell(y.campaign())).append(',').append(y.thisPeriod())
                    .append(',').append(y.lastPeriod()).append(',').append(y.changePercent() == null ? "" : y.changePercent()).append('\n');
        }
        return Csv.response("fostering-enquiries.csv", csv);
    }

    @GetMapping(path = "/fostering/measures/funnel.csv", produces = "text/csv")
    @CanSeeFosteringMeasures
    ResponseEntity<String> funnelCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String campaign) {
        LocalDate today = LocalDate.now(clock);
        var funnel = measures.funnel(parseOrThrow(from, "from", today.minusYears(1).plusDays(1)), parseOrThrow(to, "to", today), campaign);
        StringBuilder csv = new StringBuilder("stage,count,conversion_percent,median_days_from_previous\n");
        for (var s : funnel.stages()) {
            csv.append(Csv.cell(s.stage())).append(',').append(s.count()).append(',')
                    .append(s.conversionPercent() == null ? "" : s.conversionPercent()).append(',')
                    .append(s.medianDays() == null ? "" : s.medianDays()).append('\n');
        }
        return Csv.response("fostering-funnel.csv", csv);
    }

    @GetMapping(path = "/fostering/measures/households.csv", produces = "text/csv")
    @CanSeeFosteringMeasures
    ResponseEntity<String> householdsCsv() {
        var s = measures.sufficiency(LocalDate.now(clock));
        StringBuilder csv = new StringBuilder("approval_type,households,places,placed,vacancies\n");
        for (var t : s.byType()) {
            csv.append(t.type().name()).append(',').append(t.households()).append(',').append(t.places()).append(',')
                    .append(t.placed()).append(',').append(t.vacancies()).append('\n');
        }
        csv.append("ALL,").append(s.households()).append(',').append(s.places()).append(',').append(s.placed()).append(',')
                .append(s.vacancies()).append('\n');
        return Csv.response("fostering-households.csv", csv);
    }

    private static LocalDate parse(String s, String field, LocalDate fallback, Map<String, String> errors) {
        if (s == null || s.isBlank()) return fallback;
        try {
            return LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "Enter a date like 2026-04-01");
            return fallback;
        }
    }

    private static LocalDate parseOrThrow(String s, String field, LocalDate fallback) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate d = parse(s, field, fallback, errors);
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        return d;
    }

    /** CSV cells quoted when needed; a leading formula character is neutralised (spreadsheet injection). */
    static final class Csv {
        private Csv() {
        }

        static String cell(String s) {
            String v = s == null ? "" : s;
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
            return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
        }

        static ResponseEntity<String> response(String name, StringBuilder csv) {
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                    .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8").body(csv.toString());
        }
    }
}
