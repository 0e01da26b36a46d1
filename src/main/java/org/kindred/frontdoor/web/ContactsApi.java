package org.kindred.frontdoor.web;

import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.Contacts;
import org.kindred.frontdoor.Decision;
import org.kindred.frontdoor.FrontDoorRoles.CanAuthorise;
import org.kindred.frontdoor.FrontDoorRoles.CanDecide;
import org.kindred.frontdoor.InformationRequest;
import org.kindred.frontdoor.NewContact;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Contacts for partner agencies: record one, read it, and (front door only) decide on it. */
@RestController
@RequestMapping(path = "/api/v1/contacts", produces = "application/json")
class ContactsApi {
    private final Contacts contacts;

    ContactsApi(Contacts contacts) { this.contacts = contacts; }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<Contact> record(@RequestBody NewContact contact) {
        Contact created = contacts.record(contact);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @CanReadCases
    Contact get(@PathVariable long id) {
        return contacts.find(id).orElseThrow(() -> new NotFound("Contact"));
    }

    /** The front-door queue: open contacts, urgent first, then by when the decision is due. */
    @GetMapping
    @CanReadCases
    List<Contact> open() {
        return contacts.open();
    }

    @PostMapping(path = "/{id}/decision", consumes = "application/json")
    @CanDecide
    Contact decide(@PathVariable long id, @RequestBody Decision decision) {
        return contacts.decide(id, decision);
    }

    /** A team manager authorises a decision that policy says needs it. */
    @PostMapping("/{id}/authorisation")
    @CanAuthorise
    Contact authorise(@PathVariable long id) {
        return contacts.authorise(id);
    }

    /** What was asked of which partner agency. */
    record InformationAsked(String agency, String question) {
    }

    /** The partner agency's answer. */
    record InformationAnswer(String response) {
    }

    @GetMapping("/{id}/information-requests")
    @CanReadCases
    List<InformationRequest> informationRequests(@PathVariable long id) {
        return contacts.informationRequests(id);
    }

    @PostMapping(path = "/{id}/information-requests", consumes = "application/json")
    @CanDecide
    ResponseEntity<InformationRequest> requestInformation(@PathVariable long id, @RequestBody InformationAsked asked) {
        InformationRequest created = contacts.requestInformation(id, asked.agency(), asked.question());
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id + "/information-requests")).body(created);
    }

    @PostMapping(path = "/{id}/information-requests/{requestId}/response", consumes = "application/json")
    @CanDecide
    InformationRequest recordResponse(@PathVariable long id, @PathVariable long requestId,
                                      @RequestBody InformationAnswer answer) {
        return contacts.recordResponse(id, requestId, answer.response());
    }
}
