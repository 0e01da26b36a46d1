package org.kindred.returns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kindred.returns.ReturnsRoles.CanRunReturns;
import org.kindred.returns.csww.CswwCensus;
import org.kindred.returns.csww.CswwProblem;
import org.kindred.returns.csww.CswwReturn;
import org.kindred.workforce.CensusYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workforce census for an authority's own tooling: XML, or problem+json naming each worker and field. */
@RestController
class CensusApi {
    private final CswwCensus census;
    private final Clock clock;

    CensusApi(CswwCensus census, Optional<Clock> clock) {
        this.census = census;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** GET /api/v1/workforce/census?year=2025: the census XML; problem+json naming each worker and field when it fails. */
    @GetMapping(path = "/api/v1/workforce/census")
    @CanRunReturns
    ResponseEntity<?> api(@RequestParam(required = false) String year) {
        CswwReturn r = census.build(CensusPages.year(year, CensusYear.latestBy(LocalDate.now(clock)).year()));
        if (r.valid()) {
            return CensusPages.xml(r);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                r.problems().size() + " problems in the census; each names the worker and the field");
        p.setTitle("The census does not pass its checks");
        p.setProperty("problems", r.problems().stream().map(CswwProblem::toString).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

}
