package org.kindred.protection.web;

import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.protection.NewStrategyDiscussion;
import org.kindred.protection.StrategyDiscussion;
import org.kindred.protection.StrategyDiscussions;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/strategy-discussions", produces = "application/json")
class StrategyDiscussionsApi {
    private final StrategyDiscussions discussions;

    StrategyDiscussionsApi(StrategyDiscussions discussions) { this.discussions = discussions; }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<StrategyDiscussion> record(@RequestBody NewStrategyDiscussion in) {
        StrategyDiscussion created = discussions.record(in);
        return ResponseEntity.created(URI.create("/api/v1/strategy-discussions/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @CanReadCases
    StrategyDiscussion get(@PathVariable long id) {
        return discussions.find(id).orElseThrow(() -> new NotFound("Strategy discussion"));
    }

    @GetMapping
    @CanReadCases
    List<StrategyDiscussion> forChild(@RequestParam(required = false) Long childId) {
        return discussions.forChild(ChildIds.required(childId));
    }
}
