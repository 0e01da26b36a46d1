package org.kindred.protection.web;

import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.protection.NewSection47Enquiry;
import org.kindred.protection.Section47Enquiries;
import org.kindred.protection.Section47Enquiry;
import org.kindred.protection.Section47Result;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Section 47 enquiries: the answer carries the ICPC due date at once. */
@RestController
@RequestMapping(path = "/api/v1/section47-enquiries", produces = "application/json")
class Section47Api {
    private final Section47Enquiries enquiries;

    Section47Api(Section47Enquiries enquiries) { this.enquiries = enquiries; }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<Section47Enquiry> start(@RequestBody NewSection47Enquiry in) {
        Section47Enquiry created = enquiries.start(in);
        return ResponseEntity.created(URI.create("/api/v1/section47-enquiries/" + created.id())).body(created);
    }

    @PostMapping(path = "/{id}/outcome", consumes = "application/json")
    @CanRecordCases
    Section47Enquiry conclude(@PathVariable long id, @RequestBody Section47Result in) {
        return enquiries.conclude(id, in);
    }

    @GetMapping("/{id}")
    @CanReadCases
    Section47Enquiry get(@PathVariable long id) {
        return enquiries.find(id).orElseThrow(() -> new NotFound("Section 47 enquiry"));
    }

    @GetMapping
    @CanReadCases
    List<Section47Enquiry> forChild(@RequestParam(required = false) Long childId) {
        return enquiries.forChild(ChildIds.required(childId));
    }
}
