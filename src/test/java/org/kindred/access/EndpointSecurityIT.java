package org.kindred.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Fails when any page or API endpoint can be reached without signing in, or without a role:
 * every mapped handler is called anonymously and as a signed-in user who holds no role.
 */
class EndpointSecurityIT extends DatabaseIT {
    /**
     * Open by design: the sign-in page and the one public form, the fostering enquiry page (issue 14). Health and
     * static assets are not controller mappings.
     */
    private static final Set<String> PUBLIC = Set.of("GET /login", "GET /foster-with-us", "POST /foster-with-us");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path, HandlerMethod handler) {
        boolean api() { return path.startsWith("/api/"); }

        @Override
        public String toString() { return method + " " + path; }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<String> patterns = e.getKey().getPatternValues();
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                if (path.startsWith("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    list.add(new Endpoint(HttpMethod.GET, path, e.getValue()));
                }
                methods.forEach(m -> list.add(new Endpoint(HttpMethod.valueOf(m.name()), path, e.getValue())));
            }
        }
        assertThat(list).hasSizeGreaterThan(10);
        return list;
    }

    @Test
    void noEndpointAnswersAnAnonymousCaller() throws Exception {
        for (Endpoint e : endpoints()) {
            if (PUBLIC.contains(e.toString())) {
                continue;
            }
            MvcResult r = mvc.perform(request(e.method(), e.path()).with(csrf()).contentType("application/json").content("{}")).andReturn();
            int status = r.getResponse().getStatus();
            if (e.api()) {
                assertThat(status).as(e + " anonymously").isEqualTo(401);
                assertThat(r.getResponse().getContentType()).as(e + " body").startsWith("application/problem+json");
            } else {
                assertThat(status).as(e + " anonymously").isEqualTo(302);
                assertThat(r.getResponse().getRedirectedUrl()).as(e + " redirect").endsWith("/login");
            }
        }
    }

    @Test
    void noEndpointAnswersAUserWithoutARole() throws Exception {
        for (Endpoint e : endpoints()) {
            if (PUBLIC.contains(e.toString())) {
                continue;
            }
            MvcResult r = mvc.perform(request(e.method(), e.path()).with(csrf()).contentType("application/json").content("{}").with(SecurityMockMvcRequestPostProcessors.user("nobody").roles())).andReturn();
            assertThat(r.getResponse().getStatus()).as(e + " for a user with no role").isEqualTo(403);
        }
    }

    @Test
    void everyOwnHandlerDeclaresTheRolesItServes() {
        for (Endpoint e : endpoints()) {
            Method m = e.handler().getMethod();
            if (!m.getDeclaringClass().getPackageName().startsWith("org.kindred") || PUBLIC.contains(e.toString())) {
                continue;
            }
            boolean declared = AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(m.getDeclaringClass(), PreAuthorize.class);
            assertThat(declared).as(e + " (" + m + ") has @PreAuthorize or a role annotation").isTrue();
        }
    }

    /**
     * Issue 17's role mapping: the authority's insight page and the returns' downloads are for the performance team
     * and administrators; a team's page also for managers (their own teams, checked in InsightPagesIT); no
     * case-work role reaches any of them.
     */
    @Test
    void insightAndReturnDownloadsServeTheirRoles() throws Exception {
        Map<String, Set<Role>> allowed = Map.of(
                "/insight/authority", Set.of(Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR),
                "/insight", Set.of(Role.TEAM_MANAGER, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR),
                "/returns/downloads", Set.of(Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR));
        for (Role role : Role.values()) {
            pagesServe(allowed, role);
            String token = org.kindred.support.Api.token(mvc, user(role));
            int api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/api/v1/returns/cin").param("year", "x").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getStatus();
            // A role that may run returns gets as far as reading the year (400); any other is refused first.
            assertThat(api).as(role + " GET /api/v1/returns/cin")
                    .isEqualTo(allowed.get("/returns/downloads").contains(role) ? 400 : 403);
        }
    }

    /**
     * Issue 15's role mapping: every colleague nominates; managers and administrators open windows, read the counts,
     * make certificates and recruit, through the pages and the recruitment API.
     */
    @Test
    void recognitionAndRecruitmentServeTheirRoles() throws Exception {
        Set<Role> organisers = Set.of(Role.TEAM_MANAGER, Role.ADMINISTRATOR);
        Map<String, Set<Role>> allowed = Map.of(
                "/recognition", Set.of(Role.values()),
                "/recognition/nominations/new", Set.of(Role.values()),
                "/recognition/windows/new", organisers,
                "/recruitment", organisers,
                "/recruitment/campaigns/new", organisers);
        for (Role role : Role.values()) {
            pagesServe(allowed, role);
            String token = org.kindred.support.Api.token(mvc, user(role));
            int api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/api/v1/recruitment/campaigns").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getStatus();
            assertThat(api).as(role + " GET /api/v1/recruitment/campaigns").isEqualTo(organisers.contains(role) ? 200 : 403);
        }
    }

    /** Each page answers a user holding only {@code role} when the role is allowed, and refuses them otherwise. */
    private void pagesServe(Map<String, Set<Role>> allowed, Role role) throws Exception {
        var session = login(user(role));
        for (Map.Entry<String, Set<Role>> e : allowed.entrySet()) {
            int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get(e.getKey()).session(session)).andReturn().getResponse().getStatus();
            assertThat(status).as(role + " GET " + e.getKey()).isEqualTo(e.getValue().contains(role) ? 200 : 403);
        }
    }
}
