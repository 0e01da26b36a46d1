package org.kindred.recognition.web;

import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.recognition.NewNomination;
import org.kindred.recognition.Nomination;
import org.kindred.recognition.Nominations;
import org.kindred.recognition.RecognitionRoles.CanNominate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nominations for partner systems (an intranet form): a colleague nominates a colleague; GET lists the caller's own
 * nominations, never those they received (a nominee sees those on the page, after the celebration).
 */
@RestController
@RequestMapping(path = "/api/v1/nominations", produces = "application/json")
@RequiredArgsConstructor
class NominationsApi {
    private final Nominations nominations;

    @PostMapping(consumes = "application/json")
    @CanNominate
    ResponseEntity<Nomination> nominate(@RequestBody NewNomination nomination) {
        Nomination saved = nominations.nominate(nomination);
        return ResponseEntity.created(URI.create("/api/v1/nominations")).body(saved);
    }

    @GetMapping
    @CanNominate
    List<Nomination> mine() {
        return nominations.sent();
    }
}
