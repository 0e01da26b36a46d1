package org.kindred.returns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.kindred.returns.ReturnsRoles.CanRunReturns;
import org.kindred.returns.csww.CswwCensus;
import org.kindred.returns.csww.CswwReturn;
import org.kindred.shared.InvalidInput;
import org.kindred.workforce.CensusYear;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The children's social work workforce census: a page with its problems and the XML, and the same as an API. */
@Controller
class CensusPages {
    private final CswwCensus census;
    private final Clock clock;

    CensusPages(CswwCensus census, Optional<Clock> clock) {
        this.census = census;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/returns/workforce-census")
    @CanRunReturns
    String page(@RequestParam(required = false) String year, Model model) {
        int latest = CensusYear.latestBy(LocalDate.now(clock)).year();
        Map<String, String> errors = Map.of();
        int y = latest;
        try {
            y = year(year, latest);
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        CswwReturn r = census.build(y);
        model.addAttribute("census", r).addAttribute("year", y).addAttribute("errors", errors)
                .addAttribute("workers", r.xml().split("<CSWWWorker>", -1).length - 1);
        return "returns/workforce-census";
    }

    @GetMapping(path = "/returns/workforce-census.xml", produces = "application/xml")
    @CanRunReturns
    ResponseEntity<String> download(@RequestParam(required = false) String year) {
        int y = year(year, CensusYear.latestBy(LocalDate.now(clock)).year());
        return xml(census.build(y));
    }

    static ResponseEntity<String> xml(CswwReturn r) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"csww-" + r.year() + ".xml\"")
                .body(r.xml());
    }

    static int year(String year, int latest) {
        if (year == null || year.isBlank()) return latest;
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 2017 || y > latest + 1) throw new NumberFormatException();
            return y;
        } catch (NumberFormatException e) {
            throw InvalidInput.of("year", "Give the census year, from 2017 to " + (latest + 1) + ", like " + latest);
        }
    }

}
