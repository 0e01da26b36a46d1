package org.kindred.fostering.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.fostering.Enquiries;
import org.kindred.fostering.Enquiry;
import org.kindred.fostering.EnquiryStep;
import org.kindred.fostering.FosteringMeasures;
import org.kindred.fostering.FosteringRoles.CanFindPlacements;
import org.kindred.fostering.FosteringRoles.CanRecruitCarers;
import org.kindred.fostering.FosteringRoles.CanSeeFosteringMeasures;
import org.kindred.fostering.Household;
import org.kindred.fostering.Households;
import org.kindred.fostering.NewEnquiry;
import org.kindred.fostering.Stage;
import org.kindred.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Fostering for partner systems: enquiries and their steps, households with vacancies, the funnel. */
@RestController
@RequestMapping(path = "/api/v1/fostering", produces = "application/json")
class FosteringApi {
    private final Enquiries enquiries;
    private final Households households;
    private final FosteringMeasures measures;
    private final Clock clock;

    FosteringApi(Enquiries enquiries, Households households, FosteringMeasures measures, Optional<Clock> clock) {
        this.enquiries = enquiries;
        this.households = households;
        this.measures = measures;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @PostMapping(path = "/enquiries", consumes = "application/json")
    @CanRecruitCarers
    ResponseEntity<Enquiry> record(@RequestBody NewEnquiry enquiry) {
        NewEnquiry e = enquiry.source() == null ? new NewEnquiry(enquiry.name(), enquiry.email(), enquiry.phone(),
                enquiry.postcode(), enquiry.campaignCode(), enquiry.heardVia(), "API", enquiry.consentToContact(),
                enquiry.connectedPerson(), enquiry.receivedOn()) : enquiry;
        Enquiry saved = enquiries.record(e);
        return ResponseEntity.created(URI.create("/api/v1/fostering/enquiries/" + saved.id())).body(saved);
    }

    @GetMapping("/enquiries")
    @CanRecruitCarers
    List<Enquiry> open(@RequestParam(required = false) String stage, @RequestParam(defaultValue = "100") int limit) {
        Stage s = null;
        if (stage != null && !stage.isBlank()) {
            try {
                s = Stage.valueOf(stage.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("stage", "Give a stage: ENQUIRY, FIRST_RESPONSE, INITIAL_VISIT, APPLICATION, STAGE_ONE, STAGE_TWO, FORM_F or PANEL");
            }
        }
        if (limit < 1 || limit > 500) throw InvalidInput.of("limit", "The limit must be 1 to 500");
        return enquiries.open(s, limit);
    }

    @GetMapping("/enquiries/{id}")
    @CanRecruitCarers
    Enquiry get(@PathVariable long id) {
        return enquiries.find(id);
    }

    @PostMapping(path = "/enquiries/{id}/steps", consumes = "application/json")
    @CanRecruitCarers
    ResponseEntity<Enquiry> step(@PathVariable long id, @RequestBody EnquiryStep step) {
        return ResponseEntity.created(URI.create("/api/v1/fostering/enquiries/" + id)).body(enquiries.step(id, step));
    }

    @GetMapping("/households")
    @CanFindPlacements
    List<Household> households(@RequestParam(defaultValue = "false") boolean vacancies,
                               @RequestParam(defaultValue = "500") int limit) {
        if (limit < 1 || limit > 1000) throw InvalidInput.of("limit", "The limit must be 1 to 1000");
        return households.list(vacancies, limit);
    }

    @GetMapping("/households/{id}")
    @CanFindPlacements
    Household household(@PathVariable long id) {
        return households.find(id);
    }

    @GetMapping("/funnel")
    @CanSeeFosteringMeasures
    FosteringMeasures.Funnel funnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String campaign) {
        LocalDate today = LocalDate.now(clock);
        return measures.funnel(date(from, "from", today.minusYears(1).plusDays(1)), date(to, "to", today), campaign);
    }

    static LocalDate date(String s, String field, LocalDate fallback) {
        if (s == null || s.isBlank()) return fallback;
        try {
            return LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of(field, "Give a date as yyyy-mm-dd");
        }
    }
}
