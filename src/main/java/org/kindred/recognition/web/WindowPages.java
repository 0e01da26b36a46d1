package org.kindred.recognition.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.recognition.Certificates.Packing;
import org.kindred.recognition.Certificates;
import org.kindred.recognition.NewWindow;
import org.kindred.recognition.NominationWindow;
import org.kindred.recognition.NominationWindows;
import org.kindred.recognition.Nominations;
import org.kindred.recognition.RecognitionRoles.CanRunCelebrations;
import org.kindred.recognition.TeamCount;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisers' pages: opening a window, and a window's counts by team as a chart, a table and CSV. */
@Controller
@RequiredArgsConstructor
class WindowPages {
    private final NominationWindows windows;
    private final Nominations nominations;
    private final Certificates certificates;
    private final Clock clock;

    @GetMapping("/recognition/windows/new")
    @CanRunCelebrations
    String form(Model model) {
        return formPage(model, new HashMap<>(DateInput.filled("opensOn", UkTime.today(clock))), Map.of());
    }

    @PostMapping("/recognition/windows")
    @CanRunCelebrations
    String open(@RequestParam Map<String, String> form, Model model) {
        try {
            Problems problems = new Problems();
            LocalDate opens = DateInput.from(form, "opensOn").read(problems, "opensOn", "The date nominations open");
            LocalDate closes = DateInput.from(form, "closesOn").read(problems, "closesOn", "The date nominations close");
            LocalDate celebration = DateInput.from(form, "celebrationOn").read(problems, "celebrationOn", "The celebration");
            long id = problems.alongside(() -> windows.open(new NewWindow(form.get("name"), opens, closes, celebration))).id();
            return "redirect:/recognition/windows/" + id;
        } catch (InvalidInput e) {
            return formPage(model, form, e.errors());
        }
    }

    private String formPage(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recognition/new-window";
    }

    @GetMapping("/recognition/windows/{id}")
    @CanRunCelebrations
    String window(@PathVariable long id, Model model) {
        return windowPage(id, model, Map.of(), Map.of());
    }

    @PostMapping("/recognition/windows/{id}/certificates")
    @CanRunCelebrations
    String certificates(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        try {
            return "redirect:/recognition/certificates/" + certificates.start(id, packing(form.get("packing"))).id();
        } catch (InvalidInput e) {
            return windowPage(id, model, form, e.errors());
        }
    }

    static Packing packing(String text) {
        try {
            return text == null || text.isBlank() ? null : Packing.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String windowPage(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        NominationWindow window = windows.find(id);
        List<TeamCount> counts = nominations.countsByTeam(id);
        model.addAttribute("window", window);
        model.addAttribute("counts", counts);
        model.addAttribute("total", counts.stream().mapToLong(TeamCount::nominations).sum());
        model.addAttribute("nominees", counts.stream().mapToLong(TeamCount::nominees).sum());
        model.addAttribute("chart", TeamChart.render("by-team", window.name() + ": nominations by team", counts));
        model.addAttribute("celebrated", window.celebratedBy(UkTime.today(clock)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recognition/window";
    }

    @GetMapping("/recognition/windows/{id}/teams.csv")
    @CanRunCelebrations
    ResponseEntity<String> csv(@PathVariable long id) {
        NominationWindow window = windows.find(id);
        List<List<Object>> rows = nominations.countsByTeam(id).stream()
                .map(c -> List.<Object>of(c.team(), c.nominations(), c.nominees())).toList();
        return Csv.download("nominations-by-team-" + window.id() + ".csv", List.of("Team", "Nominations", "Colleagues nominated"), rows);
    }
}
