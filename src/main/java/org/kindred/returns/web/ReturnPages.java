package org.kindred.returns.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.returns.ReturnsRoles.CanRunReturns;
import org.kindred.returns.export.ExportedReturn;
import org.kindred.returns.export.ReturnRuns;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The performance team's page: choose a return and a collection year, validate Kindred's current data as that
 * return (the export pipeline, with the DfE's rules), and see the failures grouped by rule, each linking to the
 * child's record to fix. Each run is audited.
 */
@Controller
@RequiredArgsConstructor
class ReturnPages {
    /** Collection years (the year each ends) the rules cover. */
    static final Map<String, List<Integer>> YEARS = Map.of(
            "ssda903", CollectionYears.withRules(ReturnKind.SSDA903), "cin", CollectionYears.withRules(ReturnKind.CIN));

    private final ReturnRuns runs;

    @GetMapping("/returns")
    @CanRunReturns
    String returns(@RequestParam(name = "return", required = false) String kind,
                   @RequestParam(required = false) String year, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("years", YEARS.get("ssda903"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null && year == null) {
            model.addAttribute("errors", errors);
            return "returns/returns";
        }
        if (kind == null || !YEARS.containsKey(kind)) {
            errors.put("return", "Select the return to validate");
        }
        Integer end = parseYear(year);
        if (end == null) {
            errors.put("year", "Select the collection year");
        } else if (kind != null && YEARS.containsKey(kind) && !YEARS.get(kind).contains(end)) {
            errors.put("year", "The CIN census has no rules for " + (end - 1) + " to " + end + ": choose an earlier year");
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return "returns/returns";
        }
        ExportedReturn run;
        try {
            run = runs.validate("cin".equals(kind) ? ReturnKind.CIN : ReturnKind.SSDA903, end);
        } catch (ReturnFileException e) {
            // The data made a file the year's schema refuses (a code outside the code list): no rule can run.
            errors.put("return", "Kindred’s data does not make a valid file for this return: " + e.getMessage());
            return "returns/returns";
        }
        model.addAttribute("report", run.report());
        model.addAttribute("groups", RuleGroup.of(run.report().failures()));
        model.addAttribute("label", ("cin".equals(kind) ? "CIN census " : "SSDA903 ") + (end - 1) + " to " + end);
        return "returns/returns";
    }

    private static Integer parseYear(String year) {
        try {
            return year == null ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
