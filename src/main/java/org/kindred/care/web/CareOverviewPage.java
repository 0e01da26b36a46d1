package org.kindred.care.web;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kindred.care.CareOverview;
import org.kindred.care.CareRoles.CanOverseeCare;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The team manager's view of children in care: stability, missing now, and what is overdue. */
@Controller
class CareOverviewPage {
    private final CareOverview overview;
    private final Clock clock;

    CareOverviewPage(CareOverview overview, Optional<Clock> clock) {
        this.overview = overview;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/care/overview")
    @CanOverseeCare
    String view(Model model) {
        model.addAttribute("overview", overview.on(UkTime.today(clock)));
        return "care/overview";
    }
}
