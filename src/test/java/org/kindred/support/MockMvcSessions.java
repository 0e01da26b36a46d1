package org.kindred.support;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * MockMvc tests carry a signed-in user from request to request in a {@link org.springframework.mock.web.MockHttpSession}
 * ({@code .session(s)}); with sessions in PostgreSQL the real session is found by its cookie. This resolver notes
 * the PostgreSQL session's id in the mock session as well, so those tests keep exercising the real session store.
 * Requests from a browser or an HTTP client (no mock request underneath) use the cookie exactly as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {
    static final String KEY = MockMvcSessions.class.getName() + ".id";

    /** Spring Boot makes its cookie serializer (from server.servlet.session.cookie.*) when this bean exists. */
    @Bean
    CookieHttpSessionIdResolver cookieSessionIds() {
        return new CookieHttpSessionIdResolver();
    }

    @Bean
    @Primary
    HttpSessionIdResolver mockMvcAwareSessionIds(CookieHttpSessionIdResolver cookies, CookieSerializer serializer) {
        cookies.setCookieSerializer(serializer);
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                HttpSession mock = mockSession(request, false);
                if (mock != null && mock.getAttribute(KEY) instanceof String id) return List.of(id);
                return cookies.resolveSessionIds(request);
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                cookies.setSessionId(request, response, sessionId);
                HttpSession mock = mockSession(request, true);
                if (mock != null) mock.setAttribute(KEY, sessionId);
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                cookies.expireSession(request, response);
                HttpSession mock = mockSession(request, false);
                if (mock != null) mock.removeAttribute(KEY);
            }
        };
    }

    private static HttpSession mockSession(ServletRequest request, boolean create) {
        ServletRequest raw = request;
        while (raw instanceof ServletRequestWrapper wrapper) raw = wrapper.getRequest();
        return raw instanceof MockHttpServletRequest mock ? mock.getSession(create) : null;
    }
}
