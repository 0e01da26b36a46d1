package org.kindred.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page whose database fails before anything of it was sent (the session's read in a filter, or a template's query
 * while the page renders into its buffer) answers the 503 page; one already sent cannot be taken back, and the failure
 * goes on to the container; any other failure is not this filter's to answer.
 */
class DatabaseUnavailablePageTest {
    private final DatabaseUnavailablePage filter = new DatabaseUnavailablePage();

    @Test
    void aDatabaseFailureBeforeAnythingWasSentIsTheWhole503Page() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/children/36"), response, failing(false, poolTimeOut()));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentAsString()).contains("Sorry, the service is unavailable", "</html>")
                .doesNotContain("half a page");
    }

    @Test
    void theApiGetsAProblem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/people"), response, failing(false, poolTimeOut()));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aPageAlreadySentOrAnotherFailureGoesOn() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                failing(true, poolTimeOut()))).isInstanceOf(ServletException.class);
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                failing(false, new ServletException(new IllegalStateException("a bug"))))).isInstanceOf(ServletException.class);
    }

    private static ServletException poolTimeOut() {
        // As a template's failed query reaches the filter: wrapped by the view and the dispatcher.
        return new ServletException("Request processing failed", new RuntimeException("Exception evaluating SpringEL",
                new CannotCreateTransactionException("Connection is not available, request timed out after 1500ms")));
    }

    private static MockFilterChain failing(boolean sentFirst, ServletException failure) {
        return new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
                resp.getWriter().write("half a page");
                if (sentFirst) resp.flushBuffer();
                throw failure;
            }
        });
    }
}
