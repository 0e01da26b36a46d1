package org.kindred.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.shared.loading.StartupWork;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;

/** Until start-up work is done, readiness is out of service and every page and API call says how far loading is. */
class LoadingPageIT extends DatabaseIT {

    @Autowired
    StartupWork work;

    @Test
    void whileLoadingPagesAndTheApiSayHowFarAndReadinessIsOutOfService() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        var session = login(worker);
        StartupWork.Task task = work.expect("the test county", 100);
        try {
            task.progress(0.5);
            String page = mvc.perform(get("/").session(session)).andExpect(status().isServiceUnavailable())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Kindred is loading the test county: ").contains("<main").contains("lang=\"en\"");
            mvc.perform(get("/login")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("the test county")));
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        } finally {
            task.finish();
        }
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
