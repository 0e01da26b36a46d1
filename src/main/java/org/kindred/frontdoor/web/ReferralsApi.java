package org.kindred.frontdoor.web;

import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.frontdoor.Referral;
import org.kindred.frontdoor.Referrals;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals, read only: they are made by deciding a contact. */
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = "application/json")
class ReferralsApi {
    private final Referrals referrals;

    ReferralsApi(Referrals referrals) { this.referrals = referrals; }

    @GetMapping("/{id}")
    @CanReadCases
    Referral get(@PathVariable long id) {
        return referrals.find(id).orElseThrow(() -> new NotFound("Referral"));
    }

    @GetMapping
    @CanReadCases
    List<Referral> forChild(@RequestParam(required = false) Long childId) {
        if (childId == null) {
            throw InvalidInput.of("childId", "Enter the child's Kindred id");
        }
        return referrals.forChild(childId);
    }
}
