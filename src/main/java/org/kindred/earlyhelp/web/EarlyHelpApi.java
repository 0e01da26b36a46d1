package org.kindred.earlyhelp.web;

import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.earlyhelp.EarlyHelpEpisode;
import org.kindred.earlyhelp.EarlyHelpEpisodes;
import org.kindred.earlyhelp.NewEpisode;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Early help episodes for partner agencies and the authority's own systems. */
@RestController
@RequestMapping(path = "/api/v1/early-help/episodes", produces = "application/json")
class EarlyHelpApi {
    private final EarlyHelpEpisodes episodes;

    EarlyHelpApi(EarlyHelpEpisodes episodes) { this.episodes = episodes; }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<EarlyHelpEpisode> open(@RequestBody NewEpisode episode) {
        EarlyHelpEpisode e = episodes.open(episode);
        return ResponseEntity.created(URI.create("/api/v1/early-help/episodes/" + e.id())).body(e);
    }

    /** Open episodes, newest first (all with {@code closed=true}), at most 500. */
    @GetMapping
    @CanReadCases
    List<EarlyHelpEpisode> list(@RequestParam(defaultValue = "false") boolean closed) {
        return episodes.list(closed, 500);
    }

    @GetMapping("/{id}")
    @CanReadCases
    EarlyHelpEpisode get(@PathVariable long id) {
        return episodes.find(id).orElseThrow(() -> new NotFound("Early help episode"));
    }
}
