package org.kindred.person.web;

import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.person.RegisterSearch;
import org.kindred.person.SearchCandidate;
import org.kindred.person.internal.search.RegisterIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Is this child known to us?": one search box, ranked candidates, and why each one matches. */
@Controller
class SearchPages {
    private final RegisterSearch search;

    SearchPages(RegisterSearch search) { this.search = search; }

    @GetMapping("/search")
    @CanReadCases
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("recordContact", org.kindred.access.CurrentUser.get().mayRecordCases());
        if (!q.isBlank()) {
            try {
                List<SearchCandidate> found = search.search(q, 10);
                model.addAttribute("candidates", found);
            } catch (RegisterIndex.IndexStarting e) {
                model.addAttribute("starting", true);
            }
        }
        return "person/search";
    }
}
