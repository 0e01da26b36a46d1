package org.kindred.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Signs in to the API the way a partner system would: HTTP Basic once, then the bearer token. */
public final class Api {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Api() {
    }

    public static String token(MockMvc mvc, String username) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, DatabaseIT.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("token").asString();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
