package org.kindred.person;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Restricted means invisible: every page and API route read by a user who holds every role but administrator and has
 * no grant answers the same with a restricted child planted in each module's data (registered, a contact at the front
 * door, in care with three placements and missing now, allocated to that very user, a chronology note, in early help
 * and started on MST) as without it.
 * Routes naming a child are read for the restricted child and for a record that does not exist: same answer.
 */
class RestrictedChildWalkIT extends DatabaseIT {
    private static final long MISSING = 987_654_321L;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anUngrantedUserSeesTheSameWorldWithOrWithoutARestrictedChild() throws Exception {
        String viewer = user(Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.CONFERENCE_CHAIR,
                Role.FOSTERING_OFFICER, Role.PERFORMANCE_ANALYST);
        String admin = user(Role.ADMINISTRATOR);
        MockHttpSession session = login(viewer);
        String token = Api.token(mvc, viewer);
        String surname = "Walkhidden" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        List<String> plain = plainRoutes();
        List<String> withChild = childRoutes();
        assertThat(plain).hasSizeGreaterThan(10);
        assertThat(withChild).hasSizeGreaterThan(10);

        Map<String, String> before = read(plain, session, token, surname, MISSING, "Nobodyatall");
        long child = plant(admin, viewer, surname);
        Map<String, String> after = read(plain, session, token, surname, child, surname);
        Map<String, String> missingChild = read(withChild, session, token, surname, MISSING, surname);
        Map<String, String> restrictedChild = read(withChild, session, token, surname, child, surname);

        List<String> differences = new ArrayList<>();
        before.forEach((route, body) -> {
            if (!body.equals(after.get(route))) differences.add(route + "\n  without: " + excerpt(body, after.get(route))
                    + "\n  with:    " + excerpt(after.get(route), body));
        });
        missingChild.forEach((route, body) -> {
            if (!body.equals(restrictedChild.get(route))) differences.add(route + "\n  missing: "
                    + excerpt(body, restrictedChild.get(route)) + "\n  hidden:  " + excerpt(restrictedChild.get(route), body));
        });
        assertThat(differences).as("routes that differ with a restricted child planted").isEmpty();

        // The planting worked: an administrator sees the child where the viewer did not.
        MockHttpSession adminSession = login(admin);
        assertThat(body(get("/care/overview").session(adminSession))).contains("/children/" + child + "/care");
        assertThat(body(get("/children?name=" + surname).session(adminSession))).contains(surname);
    }

    /** GET routes without path variables, each also with the query parameters lists and searches read. */
    private List<String> plainRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!gets(info.getMethodsCondition().getMethods())) return;
            for (String p : info.getPatternValues()) {
                if (p.contains("{") || p.startsWith("/error") || p.equals("/login") || p.contains("openapi")) continue;
                routes.add(p);
                routes.add(p + "?name=NAME&q=NAME");
            }
        });
        return new ArrayList<>(routes);
    }

    /** GET routes whose only path variable names a child. */
    private List<String> childRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!gets(info.getMethodsCondition().getMethods())) return;
            for (String p : info.getPatternValues()) {
                String one = p.replaceFirst("\\{(id|childId)}", "CHILD");
                boolean child = p.startsWith("/children/{id}") || p.startsWith("/api/v1/people/{id}")
                        || p.startsWith("/api/v1/care/{childId}") || p.startsWith("/api/v1/children/{childId}")
                        || p.startsWith("/front-door/children/{childId}");
                if (child && !one.contains("{")) routes.add(one);
            }
        });
        return new ArrayList<>(routes);
    }

    private static boolean gets(Set<RequestMethod> methods) {
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private Map<String, String> read(List<String> routes, MockHttpSession session, String token, String surname,
                                     long child, String name) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String route : routes) {
            String path = route.replace("CHILD", Long.toString(child)).replace("NAME", name);
            var request = route.startsWith("/api/") ? get(path).header("Authorization", Api.bearer(token))
                    : get(path).session(session);
            MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
            String body = r.getStatus() + " " + r.getContentAsString()
                    .replaceAll("/account/tokens/\\d+/", "/account/tokens/TOKEN/") // not the child, whatever its id
                    .replaceAll("<DateTime>[^<]*</DateTime>", "<DateTime/>") // a return's time of making
                    .replaceAll("(?<=/)" + child + "(?=[/\"?#'&|])", "CHILD").replace(name, "NAME").replace(surname, "NAME")
                    .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "csrf")
                    .replaceAll("content=\"[A-Za-z0-9_-]{30,}\"", "csrf")
                    .replaceAll("\"requestId\":\"[^\"]*\"", "")
                    .replaceAll("\"instance\":\"[^\"]*\"", "")
                    // a blank contact form is "received now": the two walks may fall either side of a minute
                    .replaceAll("name=\"receivedTime\" type=\"text\"\\s*value=\"\\d\\d:\\d\\d\"", "receivedTime");
            bodies.put(route, body);
        }
        return bodies;
    }

    /** A child known to every module, then restricted with a grant to nobody but the administrator. */
    private long plant(String admin, String viewer, String surname) throws Exception {
        String adminToken = Api.token(mvc, admin);
        LocalDate today = TestClock.today();
        String contact = postJson(adminToken, "/api/v1/contacts", """
                {"child":{"givenNames":"Wren","familyName":"%s","dateOfBirth":"2012-02-02","sex":"FEMALE"},
                 "source":"2A","receivedAt":"%s","worry":"Bruises seen at school","consent":"GIVEN","urgent":false}"""
                .formatted(surname, ZonedDateTime.now(TestClock.CLOCK).minusDays(3).withNano(0).toOffsetDateTime()), 201);
        long id = Api.JSON.readTree(contact).get("childId").asLong();
        String[] events = {
            """
            {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"V2","categoryOfNeed":"N1","placementType":"U6",
             "placementProvider":"PR1","placementPostcode":"ZY1 2AB","planned":false}""".formatted(today.minusDays(200)),
            """
            {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"U3","placementProvider":"PR1",
             "placementChangeReason":"CREQB"}""".formatted(today.minusDays(40)),
            """
            {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"K2","placementProvider":"PR4",
             "placementChangeReason":"CHILD"}""".formatted(today.minusDays(20))};
        for (String e : events) {
            postJson(adminToken, "/api/v1/care/" + id + "/events", e, 201);
        }
        postJson(adminToken, "/api/v1/care/" + id + "/missing",
                "{\"startedAt\":\"%s\"}".formatted(TestClock.now().minusSeconds(7200)), 201);
        long viewerId = userId(viewer);
        postJson(adminToken, "/api/v1/children/" + id + "/allocations",
                "{\"workerId\":%d,\"startDate\":\"%s\"}".formatted(viewerId, today), 201);
        postJson(adminToken, "/api/v1/children/" + id + "/chronology", """
                {"date":"%s","category":"Home visit","text":"Wren %s spoke to her teacher"}""".formatted(today, surname), 201);
        String episode = postJson(adminToken, "/api/v1/early-help/episodes",
                "{\"childId\":%d,\"leadProfessional\":\"Ms Reed\",\"leadAgency\":\"SCHOOL\"}".formatted(id), 201);
        String referral = postJson(adminToken, "/api/v1/interventions/MST/referrals",
                "{\"childId\":%d,\"source\":\"EARLY_HELP\",\"episodeId\":%d,\"reason\":\"Violence at home\"}"
                        .formatted(id, Api.JSON.readTree(episode).get("id").asLong()), 201);
        for (String step : new String[] {"ACCEPT", "START"}) {
            postJson(adminToken, "/api/v1/interventions/referrals/" + Api.JSON.readTree(referral).get("id").asLong()
                    + "/steps", "{\"step\":\"" + step + "\"}", 200);
        }
        mvc.perform(post("/children/" + id + "/restriction").session(login(admin)).with(csrf())
                .param("reason", "Child at risk from a family member")).andExpect(status().is3xxRedirection());
        return id;
    }

    private String postJson(String token, String path, String body, int expected) throws Exception {
        return mvc.perform(post(path).header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /** Where two bodies first part, with a little context. */
    private static String excerpt(String a, String b) {
        if (a == null || b == null) return String.valueOf(a);
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return "…" + a.substring(Math.max(0, i - 120), Math.min(a.length(), i + 200)).replace("\n", " ") + "…";
    }
}
