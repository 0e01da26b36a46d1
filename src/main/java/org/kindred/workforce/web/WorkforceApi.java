package org.kindred.workforce.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.shared.InvalidInput;
import org.kindred.workforce.ContinuityForecast;
import org.kindred.workforce.Figures;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffEntry;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.WorkforceMeasures;
import org.kindred.workforce.WorkforceRoles.CanManageStaff;
import org.kindred.workforce.WorkforceRoles.CanReadWorkforceMeasures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workforce for an authority's own tooling: staff, the measures and the continuity forecast, as JSON. */
@RestController
class WorkforceApi {
    private final Staff staff;
    private final WorkforceMeasures measures;
    private final ContinuityForecast forecast;
    private final Clock clock;

    WorkforceApi(Staff staff, WorkforceMeasures measures, ContinuityForecast forecast, Optional<Clock> clock) {
        this.staff = staff;
        this.measures = measures;
        this.forecast = forecast;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping(path = "/api/v1/staff", produces = "application/json")
    @CanManageStaff
    List<StaffMember> list(@RequestParam(required = false) String team) {
        return staff.inPost(LocalDate.now(clock), team(team));
    }

    @PostMapping(path = "/api/v1/staff", consumes = "application/json", produces = "application/json")
    @CanManageStaff
    ResponseEntity<StaffMember> record(@RequestBody StaffEntry entry) {
        StaffMember s = staff.record(entry);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + s.id())).body(s);
    }

    @GetMapping(path = "/api/v1/workforce/measures", produces = "application/json")
    @CanReadWorkforceMeasures
    List<Figures> measures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String team) {
        MeasuresRequest r = MeasuresRequest.read(from, to, team, LocalDate.now(clock));
        return measures.monthly(r.from(), r.to(), team(r.team()));
    }

    @GetMapping(path = "/api/v1/continuity-forecast", produces = "application/json")
    @CanManageStaff
    List<ContinuityForecast.ChildForecast> forecast(@RequestParam(required = false) String team) {
        return forecast.forTeam(team(team), LocalDate.now(clock));
    }

    private String team(String team) {
        if (team == null || team.isBlank()) return null;
        if (!staff.teams().contains(team.trim())) throw InvalidInput.of("team", "There is no team called " + team);
        return team.trim();
    }
}
