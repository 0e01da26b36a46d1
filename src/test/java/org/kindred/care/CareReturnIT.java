package org.kindred.care;

import org.kindred.shared.time.UkTime;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.returns.export.ReturnSource;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** A child's care recorded through the API comes out as the SSDA903 tables' rows for the collection year. */
class CareReturnIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();
    /** The collection year under way ten days ago: its first days, which the tests record events on, are past. */
    private static final int YEAR = CollectionYears.containing(TODAY.minusDays(10));
    private static final LocalDate START = LocalDate.of(YEAR - 1, 4, 1);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    List<ReturnSource> contributors;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyTableOfTheChildComesFromTypedColumns() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        LocalDate dob = START.minusYears(14).plusDays(40);
        long id = Api.JSON.readTree(postJson(token, "/api/v1/people", """
                {"givenNames":"Nia","familyName":"Careturn","dateOfBirth":"%s","sex":"FEMALE"}""".formatted(dob))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String base = "/api/v1/care/" + id;
        LocalDate came = START.minusMonths(13);
        postJson(token, base + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"V2","categoryOfNeed":"N8","placementType":"U6",
                 "placementProvider":"PR1","placementPostcode":"ZY1 2AB","planned":false}""".formatted(came))
                .andExpect(status().isCreated());
        LocalDate moved = START.plusDays(3);
        postJson(token, base + "/events", """
                {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"K2","placementProvider":"PR4",
                 "placementPostcode":"ZY9 9ZZ","placementChangeReason":"CHILD"}""".formatted(moved)).andExpect(status().isCreated());
        postJson(token, base + "/reviews", "{\"date\":\"%s\",\"participation\":\"PN1\"}".formatted(START.plusDays(1)))
                .andExpect(status().isCreated());
        postJson(token, base + "/checks", "{\"kind\":\"HEALTH_ASSESSMENT\",\"date\":\"%s\"}".formatted(START.plusDays(2)))
                .andExpect(status().isOk());
        postJson(token, base + "/outcomes", """
                {"year":%d,"sdqScore":17,"convicted":false,"immunisations":true,"substanceMisuse":false}""".formatted(YEAR))
                .andExpect(status().isOk());
        postJson(token, base + "/uasc", "{\"from\":\"%s\"}".formatted(came)).andExpect(status().isOk());
        postJson(token, base + "/previous-permanence", "{\"periodStart\":\"%s\",\"previousPermanence\":\"Z1\"}".formatted(came))
                .andExpect(status().isOk());
        Instant went = START.plusDays(4).atTime(20, 0).atZone(UkTime.ZONE).toInstant();
        postJson(token, base + "/missing", "{\"kind\":\"M\",\"startedAt\":\"%s\",\"endedAt\":\"%s\"}"
                .formatted(went, went.plusSeconds(36000))).andExpect(status().isCreated());
        tx.executeWithoutResult(s -> publisher.publishEvent(new WorkerAllocated(id, 77, "W", came, null)));

        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        ReturnSource care = contributors.stream().filter(c -> c.getClass().getSimpleName().startsWith("Ssda903"))
                .findFirst().orElseThrow();
        assertThat(care.kind()).isEqualTo(org.kindred.returns.validation.ReturnKind.SSDA903);
        care.fill(YEAR, (table, row) -> {
            if (Long.toString(id).equals(row.get("CHILD"))) tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        });

        String dobText = DMY.format(dob);
        assertThat(tables.get("Header")).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("SEX", YEAR >= 2025 ? "F" : "2").containsEntry("DOB", dobText)
                    .containsEntry("ETHNIC", "NOBT").containsEntry("UPN", "UN2").containsEntry("MOTHER", "0");
        });
        assertThat(tables.get("Episodes")).hasSize(2);
        assertThat(tables.get("Episodes").get(0)).containsEntry("DECOM", DMY.format(came)).containsEntry("RNE", "S")
                .containsEntry("LS", "V2").containsEntry("PLACE", "U6").containsEntry("DEC", DMY.format(moved))
                .containsEntry("REC", "X1").containsEntry("REASON_PLACE_CHANGE", "CHILD").containsEntry("PL_POST", "ZY1 2AB");
        assertThat(tables.get("Episodes").get(1)).containsEntry("RNE", "P").containsEntry("PLACE", "K2")
                .containsEntry("DEC", null);
        assertThat(tables.get("Reviews")).singleElement().satisfies(r -> assertThat(r).containsEntry("REVIEW_CODE", "PN1")
                .containsEntry("DOB", dobText));
        assertThat(tables.get("OC2")).singleElement().satisfies(r -> assertThat(r).containsEntry("SDQ_SCORE", "17")
                .containsEntry("CONVICTED", "0").containsEntry("IMMUNISATIONS", "1").containsEntry("HEALTH_ASSESSMENT", "1")
                .containsEntry("TEETH_CHECK", "0").containsEntry("HEALTH_CHECK", null).containsEntry("SUBSTANCE_MISUSE", "0"));
        assertThat(tables.get("UASC")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("DUC", DMY.format(dob.plusYears(18))));
        assertThat(tables.get("Missing")).singleElement().satisfies(r -> assertThat(r).containsEntry("MISSING", "M")
                .containsEntry("MIS_START", DMY.format(START.plusDays(4))));
        assertThat(tables.get("SWEpisodes")).singleElement().satisfies(r -> assertThat(r).containsEntry("SW_ID", "SW77")
                .containsEntry("SW_DEC", null).containsEntry("SW_REASON", "OTHERS"));
        // PrevPerm is returned only for children who started to be looked after in the year (DfE rules 630, 634).
        assertThat(tables).doesNotContainKeys("OC3", "AD1", "PlacedAdoption", "PrevPerm");
    }

    @Test
    void theReturnDescribesTheYearToItsLast31MarchAndAllocationsFitInWhateverTheirOrder() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long id = Api.JSON.readTree(postJson(token, "/api/v1/people", """
                {"givenNames":"Owen","familyName":"Careyearend","dateOfBirth":"%s","sex":"MALE"}""".formatted(START.minusYears(9)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String base = "/api/v1/care/" + id;
        LocalDate came = START.minusMonths(15);
        postJson(token, base + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U4",
                 "placementProvider":"PR4","planned":true,"placementUrn":"SC654321"}""".formatted(came)).andExpect(status().isCreated());
        LocalDate moved = START.plusDays(3);
        postJson(token, base + "/events", """
                {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"K2","placementProvider":"PR4",
                 "placementChangeReason":"CHILD","placementUrn":"1234567"}""".formatted(moved)).andExpect(status().isCreated());
        // Allocations recorded out of order: the later change first.
        tx.executeWithoutResult(s -> {
            publisher.publishEvent(new WorkerAllocated(id, 81, "W", came, null));
            publisher.publishEvent(new WorkerAllocated(id, 83, "W", START.minusDays(60), "LEFTRL"));
            publisher.publishEvent(new WorkerAllocated(id, 82, "W", START.minusDays(120), "MANAGE"));
            publisher.publishEvent(new WorkerAllocated(id, 84, "W", START.plusDays(2), "ORGRST"));
        });

        // The last complete year ended on START - 1 day: the move and the fourth worker came after it.
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        contributors.stream().filter(c -> c.getClass().getSimpleName().startsWith("Ssda903")).findFirst().orElseThrow()
                .fill(YEAR - 1, (table, row) -> {
                    if (Long.toString(id).equals(row.get("CHILD"))) tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
                });
        assertThat(tables.get("Episodes")).singleElement().satisfies(r -> assertThat(r).containsEntry("URN", "SC654321")
                .containsEntry("DEC", null).containsEntry("REC", null).containsEntry("REASON_PLACE_CHANGE", null));
        assertThat(tables.get("SWEpisodes")).extracting(r -> r.get("SW_ID") + " " + r.get("SW_DECOM") + " " + r.get("SW_DEC"))
                .containsExactly("SW81 " + DMY.format(came) + " " + DMY.format(START.minusDays(120)),
                        "SW82 " + DMY.format(START.minusDays(120)) + " " + DMY.format(START.minusDays(60)),
                        "SW83 " + DMY.format(START.minusDays(60)) + " null");
    }

    @Test
    void aBatchOfAllocationsKeepsTheSameEpisodesAsTheSameAllocationsOneByOne() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = Api.JSON.readTree(postJson(token, "/api/v1/people", """
                    {"givenNames":"Ola","familyName":"Batchallocated","dateOfBirth":"%s","sex":"FEMALE"}""".formatted(START.minusYears(8)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        }
        java.util.function.LongFunction<List<WorkerAllocated>> history = id -> List.of(
                new WorkerAllocated(id, 91, "W", START.minusDays(300), null),
                new WorkerAllocated(id, 93, "W", START.minusDays(60), "LEFTRL"),
                new WorkerAllocated(id, 92, "W", START.minusDays(120), "MANAGE"),
                new WorkerAllocated(id, 93, "W", START.minusDays(60), "LEFTRL"),
                new WorkerAllocated(id, 94, "W", START.minusDays(60), "bogus"));
        tx.executeWithoutResult(s -> history.apply(ids[0]).forEach(publisher::publishEvent));
        tx.executeWithoutResult(s -> publisher.publishEvent(new org.kindred.allocation.WorkersAllocated(history.apply(ids[1]))));

        java.util.function.LongFunction<List<String>> episodes = id -> jdbc.sql(
                "select sw_id || ' ' || sw_decom || ' ' || coalesce(sw_dec::text, '-') || ' ' || sw_reason from care_sw_episode"
                        + " where child_id = ? order by sw_decom").param(id).query(String.class).list();
        assertThat(episodes.apply(ids[0])).hasSize(3).last().asString().startsWith("SW94").endsWith("OTHERS");
        assertThat(episodes.apply(ids[1])).isEqualTo(episodes.apply(ids[0]));
    }
}
