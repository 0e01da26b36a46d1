package org.kindred.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint that reads a JSON body, sent bodies built from its own fields with values of every kind (right
 * and wrong JSON types, nulls, control characters, half characters, huge and negative numbers, impossible dates,
 * unknown fields, nesting), as an administrator who may do anything: none may answer 500. A seeded random JSON
 * fuzzer (jqwik's generators need a jqwik thread, and this test needs the Spring context); the run's seed is printed
 * with any failure.
 */
class ApiFuzzIT extends DatabaseIT {
    private static final int BODIES_PER_ENDPOINT = 40;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Target(HttpMethod method, String pattern, Class<?> body) {
    }

    @Test
    void noApiBodyAnswers500() throws Exception {
        String token = Api.token(mvc, user(Role.ADMINISTRATOR));
        long child = Api.JSON.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenNames\":\"Fuzz\",\"familyName\":\"Target\",\"dateOfBirth\":\"2014-04-04\",\"sex\":\"FEMALE\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Target> targets = targets();
        assertThat(targets).hasSizeGreaterThan(20);
        List<String> failures = new ArrayList<>();
        for (Target t : targets) {
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                String path = t.pattern().replaceAll("\\{[^}]+}", random.nextInt(4) == 0 ? "999999999" : Long.toString(child));
                String body = body(t.body(), random);
                MockHttpServletResponse r = mvc.perform(request(t.method(), path).header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                if (r.getStatus() >= 500) {
                    failures.add(t.method() + " " + path + " " + body + " -> " + r.getStatus() + " " + r.getContentAsString());
                }
            }
        }
        assertThat(failures).as("bodies answered 500 (seed " + seed + ")").isEmpty();
    }

    private List<Target> targets() {
        List<Target> list = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Class<?> body = null;
            for (Parameter p : handler.getMethod().getParameters()) {
                if (p.isAnnotationPresent(RequestBody.class)) body = p.getType();
            }
            if (body == null) return;
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) continue;
                for (var m : info.getMethodsCondition().getMethods()) {
                    list.add(new Target(HttpMethod.valueOf(m.name()), pattern, body));
                }
            }
        });
        return list;
    }

    /** A JSON object with the type's fields (a Map's: a few made-up names), each given a value of any kind. */
    private static String body(Class<?> type, Random random) {
        if (random.nextInt(20) == 0) return pick(random, "", "[]", "null", "\"text\"", "{", "{\"a\":", "12");
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) names.add(c.getName());
        } else {
            names.addAll(List.of("decision", "reason", "text", "outcome", "date"));
        }
        for (String name : names) {
            if (random.nextInt(5) != 0) fields.put(name, value(random, 0));
        }
        if (random.nextInt(10) == 0) fields.put("unexpected", value(random, 0));
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 1 ? 9 : 11)) {
            case 0 -> "null";
            case 1 -> Long.toString(random.nextLong());
            case 2 -> pick(random, "true", "false", "0", "-1", "1e308", "-9223372036854775809", "2147483648", "0.5");
            case 3 -> quote(anyText(random, 30));
            case 4 -> quote(pick(random, "2026-02-30", "0000-01-01", "9999-12-31", "1800-01-01", "2026-13-01",
                    "2026-01-01T25:00:00Z", "2026-11-23T09:15:00Z", "yesterday", "", " "));
            case 5 -> quote(pick(random, "ALIEN", "CHILD", "U1", "V2", "N1", "PR1", "GIVEN", "MALE", "REFERRAL",
                    "INFORMATION_AND_ADVICE", "S47", "NOTE", "ZY1 2AB", "2A"));
            case 6 -> "\"" + pick(random, "\\u0000", "a\\u0007b", "\\ud800", "\\udc00x", "'; drop table person; --",
                    "<script>alert(1)</script>", "${7*7}", "x".repeat(25_000)) + "\"";
            case 7 -> Integer.toString(random.nextInt(1_000_000_003) - 3);
            case 8 -> quote(letters(random, 1 + random.nextInt(12)));
            case 9 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            default -> "{\"x\":" + value(random, depth + 1) + "}";
        };
    }

    /** Any characters at all, from the whole of Unicode's range (surrogates and control characters included). */
    private static String anyText(Random random, int max) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return s.toString();
    }

    private static String letters(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append((char) ('a' + random.nextInt(26)));
        return s.toString();
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** A JSON string of the text, every character that needs it escaped. */
    private static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') s.append('\\').append(c);
            else if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
            else if (Character.isSurrogate(c)) s.append(String.format("\\u%04x", (int) c));
            else s.append(c);
        }
        return s.append('"').toString();
    }
}
