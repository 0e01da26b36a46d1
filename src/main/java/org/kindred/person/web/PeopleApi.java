package org.kindred.person.web;

import java.net.URI;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.PersonPage;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The person register for partners and integrations: JSON only. */
@RestController
@RequestMapping(path = "/api/v1/people", produces = "application/json")
class PeopleApi {
    private final People people;

    PeopleApi(People people) { this.people = people; }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<Person> create(@RequestBody NewPerson person) {
        Person created = people.create(person);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @CanReadCases
    Person get(@PathVariable long id) {
        return people.find(id).orElseThrow(() -> new NotFound("Person"));
    }

    @GetMapping
    @CanReadCases
    PersonPage list(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) {
        return people.list(name, page, size);
    }
}
