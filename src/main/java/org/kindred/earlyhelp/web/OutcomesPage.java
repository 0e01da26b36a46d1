package org.kindred.earlyhelp.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionOutcomes.FollowUp;
import org.kindred.earlyhelp.InterventionOutcomes.Report;
import org.kindred.earlyhelp.InterventionOutcomes;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.time.UkTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Is anyone better off?" for one service and period: figures, charts with their tables, and CSV of each. */
@Controller
@RequiredArgsConstructor
class OutcomesPage {
    private final InterventionOutcomes outcomes;
    private final Clock clock;

    @GetMapping("/interventions/{service}/outcomes")
    @CanReadCases
    String page(@PathVariable String service, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Model model) {
        Intervention s = ServiceKey.of(service);
        LocalDate today = UkTime.today(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate[] period;
        try {
            period = ServiceKey.period(from, to, today);
        } catch (InvalidInput e) {
            errors.putAll(e.errors());
            period = ServiceKey.period(null, null, today);
        }
        Report report = outcomes.report(s, period[0], period[1]);
        model.addAttribute("report", report);
        model.addAttribute("service", s);
        model.addAttribute("from", errors.isEmpty() ? period[0].toString() : from);
        model.addAttribute("to", errors.isEmpty() ? period[1].toString() : to);
        model.addAttribute("errors", errors);
        model.addAttribute("chart6", chart(report, 6));
        model.addAttribute("chart12", chart(report, 12));
        return "earlyhelp/outcomes";
    }

    static String chart(Report report, int months) {
        List<FollowUp> groups = report.followUps().stream().filter(f -> f.months() == months).toList();
        Integer[][] v = new Integer[4][groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            FollowUp f = groups.get(g);
            v[0][g] = f.percent(f.stillAtHome());
            v[1][g] = f.percent(f.reReferred());
            v[2][g] = f.percent(f.cpPlan());
            v[3][g] = f.percent(f.cameIntoCare());
        }
        return PercentBars.render(months + " months after the end: helped and comparison group",
                List.of("Still living at home", "Re-referred", "Child protection plan", "Came into care"),
                groups.stream().map(FollowUp::group).toList(), v);
    }

    @GetMapping(path = "/interventions/{service}/outcomes.csv", produces = "text/csv")
    @CanReadCases
    ResponseEntity<String> csv(@PathVariable String service, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        LocalDate[] period = ServiceKey.period(from, to, UkTime.today(clock));
        Report r = outcomes.report(ServiceKey.of(service), period[0], period[1]);
        List<String> lines = new ArrayList<>();
        lines.add("group,months_after_end,due,still_at_home,re_referred,cp_plan,came_into_care");
        for (FollowUp f : r.followUps()) {
            lines.add(String.join(",", "\"" + f.group() + "\"", "" + f.months(), "" + f.due(), "" + f.stillAtHome(),
                    "" + f.reReferred(), "" + f.cpPlan(), "" + f.cameIntoCare()));
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + r.service().key()
                + "-outcomes-" + period[0] + "-" + period[1] + ".csv\"").body(String.join("\n", lines) + "\n");
    }
}
