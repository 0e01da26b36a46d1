package org.kindred.workforce.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.workforce.ContinuityForecast;
import org.kindred.workforce.Staff;
import org.kindred.workforce.WorkforceRoles.CanManageStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The continuity forecast for managers: children most likely to change social worker first, with the reasons. */
@Controller
class ForecastPage {
    private final ContinuityForecast forecast;
    private final Staff staff;
    private final Clock clock;

    ForecastPage(ContinuityForecast forecast, Staff staff, Optional<Clock> clock) {
        this.forecast = forecast;
        this.staff = staff;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/workforce/forecast")
    @CanManageStaff
    String page(@RequestParam(required = false) String team, @RequestParam(defaultValue = "false") boolean all,
                Model model) {
        String t = team == null || team.isBlank() || !staff.teams().contains(team) ? null : team;
        Map<String, String> errors = team != null && !team.isBlank() && t == null
                ? Map.of("team", "There is no team called " + team) : Map.of();
        List<ContinuityForecast.ChildForecast> children = forecast.forTeam(t, LocalDate.now(clock));
        List<ContinuityForecast.ChildForecast> shown = all ? children
                : children.stream().filter(c -> c.probability() >= 0.25).limit(500).toList();
        model.addAttribute("children", shown).addAttribute("total", children.size())
                .addAttribute("likely", children.stream().filter(c -> c.probability() >= 0.5).count())
                .addAttribute("third", children.stream().filter(ContinuityForecast.ChildForecast::likelyThirdWorker).count())
                .addAttribute("team", t).addAttribute("teams", staff.teams()).addAttribute("errors", errors)
                .addAttribute("all", all);
        return "workforce/forecast";
    }
}
