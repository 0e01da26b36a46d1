package org.kindred.person.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the register has already answered about who is hidden from the user, kept for the rest of one page request:
 * a child's page asks the same question of several modules' sections (notes, tasks, documents, the header's
 * notifications), and each answer cost a transaction and a query. Kept only while a GET is served, which changes
 * no restriction, grant or merge; forgotten with the request.
 */
final class VisibilityThisRequest {
    private static final String KEY = VisibilityThisRequest.class.getName();

    private VisibilityThisRequest() {
    }

    /** The answers so far, keyed by the ids asked about in ascending order; empty outside a page's GET. */
    @SuppressWarnings("unchecked")
    static Optional<Map<List<Long>, Set<Long>>> answers() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        if (!"GET".equals(request.getMethod())) return Optional.empty();
        Object kept = request.getAttribute(KEY);
        if (kept == null) {
            kept = new HashMap<List<Long>, Set<Long>>();
            request.setAttribute(KEY, kept);
        }
        return Optional.of((Map<List<Long>, Set<Long>>) kept);
    }
}
