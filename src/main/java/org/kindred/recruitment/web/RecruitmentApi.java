package org.kindred.recruitment.web;

import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.recruitment.Applicant;
import org.kindred.recruitment.ApplicantStep;
import org.kindred.recruitment.Applicants;
import org.kindred.recruitment.Campaign;
import org.kindred.recruitment.Campaigns;
import org.kindred.recruitment.NewApplicant;
import org.kindred.recruitment.RecruitmentRoles.CanRecruitStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recruitment for partner systems (an applicant tracking system): campaigns, applications and their steps. */
@RestController
@RequestMapping(path = "/api/v1/recruitment", produces = "application/json")
@RequiredArgsConstructor
class RecruitmentApi {
    private final Campaigns campaigns;
    private final Applicants applicants;

    @GetMapping("/campaigns")
    @CanRecruitStaff
    List<Campaign> campaigns() {
        return campaigns.list();
    }

    @GetMapping("/campaigns/{id}/applicants")
    @CanRecruitStaff
    List<Applicant> applicants(@PathVariable long id) {
        campaigns.find(id);
        return applicants.forCampaign(id);
    }

    @PostMapping(path = "/campaigns/{id}/applicants", consumes = "application/json")
    @CanRecruitStaff
    ResponseEntity<Applicant> apply(@PathVariable long id, @RequestBody NewApplicant applicant) {
        Applicant saved = applicants.apply(id, applicant);
        return ResponseEntity.created(URI.create("/api/v1/recruitment/applicants/" + saved.id())).body(saved);
    }

    @GetMapping("/applicants/{id}")
    @CanRecruitStaff
    Applicant applicant(@PathVariable long id) {
        return applicants.find(id);
    }

    @PostMapping(path = "/applicants/{id}/steps", consumes = "application/json")
    @CanRecruitStaff
    Applicant step(@PathVariable long id, @RequestBody ApplicantStep step) {
        return applicants.step(id, step);
    }
}
