package org.kindred.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With PostgreSQL down (issue 20, item 6: health took 30 s, the API answered 500 in Spring's format): a pool made
 * with Kindred's own connection timeout reports health DOWN in under 2 s, the API answers 503 problem+json and a
 * page answers the 503 page.
 */
class DatabaseDownTest {
    @Test
    void healthAnswersDownWithinTwoSecondsWithKindredsTimeout() throws Exception {
        Properties app = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free now, and nothing listens on it after
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/kindred");
        config.setUsername("kindred_app");
        config.setPassword("x");
        config.setInitializationFailTimeout(-1); // the pool exists, as in a server whose database went away
        config.setConnectionTimeout(Long.parseLong(app.getProperty("spring.datasource.hikari.connection-timeout")));
        try (HikariDataSource dead = new HikariDataSource(config)) {
            DataSourceHealthIndicator indicator = new DataSourceHealthIndicator(dead, "select 1");
            long start = System.nanoTime();
            Health health = indicator.health();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(millis).isLessThan(2_000);
        }
    }

    @RestController
    static class DownApi {
        @GetMapping("/api/v1/down")
        String down() {
            throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 1500ms");
        }
    }

    @Controller
    static class DownPage {
        @GetMapping("/down")
        String down() {
            throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 1500ms");
        }
    }

    @Test
    void theApiAndPagesSayTheServiceIsUnavailable() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DownApi(), new DownPage())
                .setControllerAdvice(new ApiErrors(), new PageErrors()).build();
        mvc.perform(get("/api/v1/down")).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Service unavailable"));
        mvc.perform(get("/down")).andExpect(status().isServiceUnavailable()).andExpect(view().name("error/503"));
    }
}
