package org.kindred.earlyhelp.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.earlyhelp.InterventionOutcomes;
import org.kindred.earlyhelp.InterventionReferral;
import org.kindred.earlyhelp.Interventions;
import org.kindred.earlyhelp.NewReferral;
import org.kindred.earlyhelp.ReferralStep;
import org.kindred.shared.NotFound;
import org.kindred.shared.time.UkTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals to interventions, their steps, waiting lists and outcomes; {service} is MST, MST-FIT, FGC... */
@RestController
@RequestMapping(path = "/api/v1/interventions", produces = "application/json")
@RequiredArgsConstructor
class InterventionsApi {
    private final Interventions interventions;
    private final InterventionOutcomes outcomes;
    private final Clock clock;

    @PostMapping(path = "/{service}/referrals", consumes = "application/json")
    @CanRecordCases
    ResponseEntity<InterventionReferral> refer(@PathVariable String service, @RequestBody NewReferral referral) {
        InterventionReferral r = interventions.refer(ServiceKey.of(service), referral);
        return ResponseEntity.created(URI.create("/api/v1/interventions/referrals/" + r.id())).body(r);
    }

    @GetMapping("/referrals/{id}")
    @CanReadCases
    InterventionReferral get(@PathVariable long id) {
        return interventions.find(id).orElseThrow(() -> new NotFound("Referral"));
    }

    @PostMapping(path = "/referrals/{id}/steps", consumes = "application/json")
    @CanRecordCases
    InterventionReferral step(@PathVariable long id, @RequestBody ReferralStep step) {
        return interventions.step(id, step);
    }

    /** One place on the waiting list: its position, and days waited since acceptance. */
    record Waiting(int position, long referralId, long childId, String name, LocalDate acceptedOn, long daysWaited) {
    }

    @GetMapping("/{service}/waiting-list")
    @CanReadCases
    List<Waiting> waitingList(@PathVariable String service) {
        LocalDate today = UkTime.today(clock);
        List<Waiting> list = new ArrayList<>();
        for (InterventionReferral r : interventions.waitingList(ServiceKey.of(service))) {
            list.add(new Waiting(list.size() + 1, r.id(), r.childId(), r.childName(), r.acceptedOn(), r.daysWaited(today)));
        }
        return list;
    }

    @GetMapping("/{service}/outcomes")
    @CanReadCases
    InterventionOutcomes.Report outcomes(@PathVariable String service, @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        LocalDate[] period = ServiceKey.period(from, to, UkTime.today(clock));
        return outcomes.report(ServiceKey.of(service), period[0], period[1]);
    }
}
