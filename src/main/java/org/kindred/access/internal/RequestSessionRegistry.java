package org.kindred.access.internal;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Field;
import java.util.Date;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Session's registry, except that the session of the request being served is answered from the session that
 * request has already read: Spring Security's concurrent-session check asks about it on every request, and the
 * registry read it from PostgreSQL a second time (a transaction and a query a page). Other sessions (counting a
 * user's sessions at sign-in, ending the oldest) are read as before.
 */
class RequestSessionRegistry<S extends Session> extends SpringSessionBackedSessionRegistry<S> {
    /** The attribute Spring Session marks an ended session with (kept private there; read once). */
    static final String EXPIRED = expiredAttribute();
    private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    RequestSessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        super(sessions);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = currentSession();
        if (current == null || !current.getId().equals(sessionId)) return super.getSessionInformation(sessionId);
        Object principal = current.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        if (principal == null && current.getAttribute(SECURITY_CONTEXT) instanceof SecurityContext context
                && context.getAuthentication() != null) {
            principal = context.getAuthentication().getName();
        }
        SessionInformation information = new SessionInformation(principal == null ? "" : principal, sessionId,
                new Date(current.getLastAccessedTime()));
        if (Boolean.TRUE.equals(current.getAttribute(EXPIRED))) information.expireNow();
        return information;
    }

    private static HttpSession currentSession() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) return null;
        try {
            return attributes.getRequest().getSession(false);
        } catch (IllegalStateException e) {
            return null; // the request has ended
        }
    }

    private static String expiredAttribute() {
        try {
            Field field = Class.forName("org.springframework.session.security.SpringSessionBackedSessionInformation")
                    .getDeclaredField("EXPIRED_ATTR");
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Spring Session no longer names its expired attribute EXPIRED_ATTR", e);
        }
    }
}
