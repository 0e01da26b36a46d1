package org.kindred.person.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.AddressPeriod;
import org.kindred.person.Families;
import org.kindred.person.Family;
import org.kindred.person.NewAddress;
import org.kindred.person.NewPersonName;
import org.kindred.person.NewRelationship;
import org.kindred.person.PersonHistory;
import org.kindred.person.PersonName;
import org.kindred.person.Relative;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's names, addresses and family for partners: JSON only. */
@RestController
@RequestMapping(path = "/api/v1/people/{id}", produces = "application/json")
@RequiredArgsConstructor
class RegisterHistoryApi {
    private final PersonHistory history;
    private final Families families;

    @GetMapping("/names")
    @CanReadCases
    List<PersonName> names(@PathVariable long id) { return history.names(id); }

    @PostMapping(path = "/names", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @CanRecordCases
    PersonName addName(@PathVariable long id, @RequestBody NewPersonName name) { return history.addName(id, name); }

    @GetMapping("/addresses")
    @CanReadCases
    List<AddressPeriod> addresses(@PathVariable long id) { return history.addresses(id); }

    @PostMapping(path = "/addresses", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @CanRecordCases
    AddressPeriod move(@PathVariable long id, @RequestBody NewAddress address) { return history.moveTo(id, address); }

    @GetMapping("/family")
    @CanReadCases
    Family family(@PathVariable long id) { return families.of(id); }

    @PostMapping(path = "/relationships", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @CanRecordCases
    Relative relate(@PathVariable long id, @RequestBody NewRelationship relationship) {
        return families.relate(id, relationship);
    }
}
