package org.kindred.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;

class LoginLockoutIT extends DatabaseIT {

    @Test
    void fiveWrongPasswordsLockTheLoginEvenForTheRightOne() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(worker, "wrong-password-" + i)).contains("error");
        }
        assertThat(signIn(worker, PASSWORD)).contains("error");
        assertThat(users.find(worker).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void theRightPasswordSignsInAndPagesCarryStrictHeaders() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        assertThat(signIn(worker, PASSWORD)).isEqualTo("/");
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        mvc.perform(post("/login").param("username", worker).param("password", PASSWORD)).andExpect(status().isForbidden());
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
