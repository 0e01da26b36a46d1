package org.kindred.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database unreachable, or out of connections under load, where the controllers' handlers cannot answer: reading
 * a signed-in user's session (kept in PostgreSQL) in a filter, or a template's query while the page renders (into a
 * buffer: nothing has been sent). This filter, outside the session's, says the service is unavailable with a 503, as
 * the controllers' handlers do, rather than a 500 or a page cut part-way. A page already sent cannot be taken back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailablePage extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!databaseUnavailable(e) || response.isCommitted()) throw e;
            response.resetBuffer();
            PlainPage.unavailable(request, response, 60, "Service unavailable", "Sorry, the service is unavailable",
                    "Kindred cannot reach its database just now. Nothing you saved before this page was lost. "
                            + "Try again in a few minutes.",
                    "The service is unavailable. Try again in a few minutes.", false);
        }
    }

    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) return true;
        }
        return false;
    }
}
