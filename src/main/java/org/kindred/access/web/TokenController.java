package org.kindred.access.web;

import java.time.Instant;
import org.kindred.access.CaseRoles.AnyStaffRole;
import org.kindred.access.CurrentUser;
import org.kindred.access.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/tokens with HTTP Basic: a bearer token for the rest of the API. */
@RestController
class TokenController {
    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) { this.tokens = tokens; }

    record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    @PostMapping(path = "/api/v1/tokens", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyStaffRole
    TokenResponse issue() {
        ApiTokens.Issued issued = tokens.issue(CurrentUser.get().id());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    /** The caller's own tokens, or (administrators) another user's with ?username=. */
    @org.springframework.web.bind.annotation.GetMapping(path = "/api/v1/tokens", produces = "application/json")
    @AnyStaffRole
    java.util.List<ApiTokens.TokenView> list(@org.springframework.web.bind.annotation.RequestParam(required = false) String username) {
        return tokens.list(username == null || username.isBlank() ? CurrentUser.get().username() : username);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @AnyStaffRole
    void revoke(@org.springframework.web.bind.annotation.PathVariable long id) {
        tokens.revoke(id);
    }
}
