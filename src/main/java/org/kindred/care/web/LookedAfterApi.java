package org.kindred.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kindred.care.LookedAfterChildren;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The children looked after today, for placement work: practitioners, managers, fostering officers. */
@RestController
class LookedAfterApi {
    private final LookedAfterChildren children;
    private final Clock clock;

    LookedAfterApi(LookedAfterChildren children, Optional<Clock> clock) {
        this.children = children;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping(path = "/api/v1/care/looked-after", produces = "application/json")
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CONFERENCE_CHAIR','FOSTERING_OFFICER','ADMINISTRATOR')")
    LookedAfterChildren.Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) throw org.kindred.shared.InvalidInput.of("page", "The page must be 0 or more");
        if (size < 1 || size > 200) throw org.kindred.shared.InvalidInput.of("size", "The size must be 1 to 200");
        return children.list(LocalDate.now(clock), page, size);
    }
}
