package org.kindred.returns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.returns.ReturnsRoles.CanRunReturns;
import org.kindred.returns.downloads.DownloadKind;
import org.kindred.returns.downloads.DownloadRequests;
import org.kindred.returns.downloads.ReturnBuild;
import org.kindred.returns.downloads.ReturnDownloads;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The performance team downloads a return from the page: choose it, the build starts on the server's background
 * thread, and its page says how far it has got (reload to check; no script) until the file is ready to download.
 */
@Controller
@RequiredArgsConstructor
class ReturnDownloadPages {
    private final ReturnDownloads downloads;
    private final Clock clock;

    @GetMapping("/returns/downloads")
    @CanRunReturns
    String form(Model model) {
        return form(model, new HashMap<>(), new LinkedHashMap<>());
    }

    @PostMapping("/returns/downloads")
    @CanRunReturns
    String start(@RequestParam Map<String, String> form, Model model) {
        String choice = form.getOrDefault("download", "");
        try {
            ReturnBuild build = switch (choice) {
                case "ssda903" -> downloads.startReturn(DownloadKind.SSDA903,
                        DownloadRequests.year(DownloadKind.SSDA903, form.get("year")));
                case "cin" -> downloads.startReturn(DownloadKind.CIN, DownloadRequests.year(DownloadKind.CIN, form.get("year")));
                case "annex-a" -> startAnnexA(form);
                default -> throw InvalidInput.of("download", "Select the return to download");
            };
            return "redirect:/returns/downloads/" + build.id();
        } catch (InvalidInput e) {
            return form(model, form, new LinkedHashMap<>(e.errors()));
        }
    }

    private ReturnBuild startAnnexA(Map<String, String> form) {
        Problems problems = new Problems();
        LocalDate to = DateInput.from(form, "to").read(problems, "to", "The last day of the period");
        LocalDate from = DateInput.from(form, "from").read(problems, "from", "The first day of the period");
        problems.throwIfAny();
        LocalDate last = to == null ? UkTime.today(clock) : to;
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
        DownloadRequests.period(first, last);
        return downloads.startAnnexA(first, last);
    }

    @GetMapping("/returns/downloads/{id}")
    @CanRunReturns
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("build", build(id));
        return "returns/download";
    }

    @GetMapping("/returns/downloads/{id}/file")
    @CanRunReturns
    ResponseEntity<byte[]> file(@PathVariable String id) {
        ReturnBuild build = build(id);
        if (build.stage() != ReturnBuild.Stage.READY) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ReturnFiles.attachment(build, downloads.download(build));
    }

    private ReturnBuild build(String id) {
        return downloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ssdaYears", DownloadRequests.years(DownloadKind.SSDA903));
        model.addAttribute("cinYears", DownloadRequests.years(DownloadKind.CIN));
        return "returns/downloads";
    }
}
