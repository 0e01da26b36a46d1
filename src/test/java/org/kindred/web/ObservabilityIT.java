package org.kindred.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;

class ObservabilityIT extends DatabaseIT {

    @Test
    void healthNeedsNoLogin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsNeedALoginWithTheRightRole() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        String worker = Api.token(mvc, user(Role.SOCIAL_WORKER));
        mvc.perform(get("/actuator/prometheus").header("Authorization", Api.bearer(worker))).andExpect(status().isForbidden());
        String analyst = Api.token(mvc, user(Role.PERFORMANCE_ANALYST));
        mvc.perform(get("/actuator/prometheus").header("Authorization", Api.bearer(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void aCallersRequestIdIsKeptAndReturned() throws Exception {
        mvc.perform(get("/login").header("X-Request-Id", "trace-12345678"))
                .andExpect(header().string("X-Request-Id", "trace-12345678"));
    }

    @Test
    void anUnknownPageIsTheFriendly404WithoutDetails() throws Exception {
        // Over real HTTP: the servlet container's error dispatch is what renders the page.
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/no/such/page"))
                .header("Authorization", Api.bearer(token)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
    }
}
