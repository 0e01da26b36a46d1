package org.kindred.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.casework.RecordPrint;
import org.kindred.person.People;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Choosing a date range and saving the child's record as a PDF. */
@Controller
@RequiredArgsConstructor
class PrintPages {
    private final RecordPrint print;
    private final People people;
    private final Clock clock;

    @GetMapping("/children/{id}/print")
    @CanReadCases
    String form(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> form = new HashMap<>(DateInput.filled("from", today.minusYears(1)));
        form.putAll(DateInput.filled("to", today));
        return form(id, form, Map.of(), model);
    }

    @GetMapping("/children/{id}/record.pdf")
    @CanReadCases
    Object pdf(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        Problems problems = new Problems();
        LocalDate from = date(form, "from", "the start", problems);
        LocalDate to = date(form, "to", "the end", problems);
        try {
            problems.throwIfAny();
            byte[] pdf = print.pdf(id, from, to);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("child-" + id + "-record-" + from + "-to-" + to + ".pdf").build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .body(pdf);
        } catch (InvalidInput e) {
            return form(id, new HashMap<>(form), e.errors(), model);
        }
    }

    /** "Enter the date of the start of the range", "The date of the end of the range must be a real date". */
    private static LocalDate date(Map<String, String> form, String name, String what, Problems problems) {
        return DateInput.from(form, name).require(problems, name, "The date of " + what + " of the range");
    }

    private String form(long id, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("child", people.find(id).orElseThrow(() -> new NotFound("Child")));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "casework/print";
    }
}
