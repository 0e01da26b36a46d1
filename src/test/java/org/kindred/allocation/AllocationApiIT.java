package org.kindred.allocation;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/** Allocation through the API alone: first allocation, refusals that change nothing, changes with a reason. */
@RecordApplicationEvents
class AllocationApiIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    AuditTrail audit;

    @Autowired
    ApplicationEvents events;

    private ResultActions allocate(String token, long childId, Long workerId, LocalDate start, String reason)
            throws Exception {
        String body = Api.JSON.writeValueAsString(new NewAllocation(workerId, start,
                reason));
        return mvc.perform(post("/api/v1/children/" + childId + "/allocations")
                .header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions history(String token, long childId) throws Exception {
        return mvc.perform(get("/api/v1/children/" + childId + "/allocations").header("Authorization", Api.bearer(token)));
    }

    private long child(String token) throws Exception {
        return createdId(postJson(token, "/api/v1/people", """
                {"kind":"CHILD","givenNames":"Ash","familyName":"Allocapi","dateOfBirth":"2015-05-05",
                 "sex":"MALE"}"""));
    }

    @Test
    void aManagerAllocatesThenChangesTheWorkerWithAReason() throws Exception {
        String manager = user(Role.TEAM_MANAGER);
        String token = Api.token(mvc, manager);
        long first = userId(user(Role.SOCIAL_WORKER));
        long second = userId(user(Role.FRONT_DOOR_WORKER));
        long childId = child(token);

        allocate(token, childId, first, TODAY.minusDays(60), null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.workerId").value(first))
                .andExpect(jsonPath("$.changeReason").doesNotExist())
                .andExpect(jsonPath("$.createdBy").value(manager));
        assertThat(events.stream(WorkerAllocated.class).filter(e -> e.childId() == childId))
                .singleElement().satisfies(e -> assertThat(e.workerId()).isEqualTo(first));
        assertThat(events.stream(ChronologyEntry.class).filter(e -> e.childId() == childId))
                .singleElement().satisfies(e -> assertThat(e.summary()).startsWith("Allocated to Test "));

        allocate(token, childId, second, TODAY.minusDays(30), "FCONTA").andExpect(status().isCreated())
                .andExpect(jsonPath("$.changeReason").value("FCONTA"));
        history(token, childId).andExpect(status().isOk())
                .andExpect(jsonPath("$.current.workerId").value(second))
                .andExpect(jsonPath("$.changesInLast12Months").value(1))
                .andExpect(jsonPath("$.highlighted").value(false))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[1].workerId").value(first))
                .andExpect(jsonPath("$.history[1].endDate").value(TODAY.minusDays(30).toString()));

        allocate(token, childId, first, TODAY.minusDays(20), "MANAGE").andExpect(status().isCreated());
        allocate(token, childId, second, TODAY, "PCCHAN").andExpect(status().isCreated());
        // Three changes but two social workers: the DfE counts workers, so the child is not flagged.
        history(token, childId).andExpect(jsonPath("$.changesInLast12Months").value(3))
                .andExpect(jsonPath("$.workersInLast12Months").value(2))
                .andExpect(jsonPath("$.highlighted").value(false));
        assertThat(events.stream(WorkerAllocated.class).filter(e -> e.childId() == childId)).hasSize(4);
        assertThat(audit.search(new AuditQuery(manager, "allocation", null, null, null, 20)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("CREATE"));
    }

    @Test
    void badInputGetsFieldErrorsAndChangesNothing() throws Exception {
        String token = Api.token(mvc, user(Role.TEAM_MANAGER));
        long worker = userId(user(Role.SOCIAL_WORKER));
        long other = userId(user(Role.SOCIAL_WORKER));
        long chair = userId(user(Role.CONFERENCE_CHAIR));
        long childId = child(token);

        allocate(token, childId, null, null, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workerId"))
                .andExpect(jsonPath("$.errors[1].field").value("startDate"));
        allocate(token, childId, chair, TODAY, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workerId"));
        allocate(token, childId, worker, TODAY.plusDays(1), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Start date must be today or in the past"));
        history(token, childId).andExpect(jsonPath("$.history.length()").value(0));

        allocate(token, childId, worker, TODAY.minusDays(5), null).andExpect(status().isCreated());
        allocate(token, childId, worker, TODAY, "OTHERS").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workerId"));
        allocate(token, childId, other, TODAY, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        allocate(token, childId, other, TODAY, "NOPE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        allocate(token, childId, other, TODAY.minusDays(6), "OTHERS").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
        history(token, childId).andExpect(jsonPath("$.history.length()").value(1))
                .andExpect(jsonPath("$.current.workerId").value(worker))
                .andExpect(jsonPath("$.changesInLast12Months").value(0));
    }

    @Test
    void onlyManagersAndAdministratorsAllocate() throws Exception {
        String manager = Api.token(mvc, user(Role.TEAM_MANAGER));
        String social = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long worker = userId(user(Role.SOCIAL_WORKER));
        long childId = child(manager);
        allocate(social, childId, worker, TODAY, null).andExpect(status().isForbidden());
        history(social, childId).andExpect(status().isOk()).andExpect(jsonPath("$.history.length()").value(0));
        history(manager, 999_999_999L).andExpect(status().isNotFound());
        allocate(manager, 999_999_999L, worker, TODAY, null).andExpect(status().isNotFound());
    }

    @Test
    void aChildAtTheirThirdSocialWorkerInTheYearIsFlaggedAfterTwoChanges() throws Exception {
        String token = Api.token(mvc, user(Role.TEAM_MANAGER));
        long childId = child(token);
        allocate(token, childId, userId(user(Role.SOCIAL_WORKER)), TODAY.minusDays(90), null).andExpect(status().isCreated());
        allocate(token, childId, userId(user(Role.SOCIAL_WORKER)), TODAY.minusDays(40), "FCONTA").andExpect(status().isCreated());
        history(token, childId).andExpect(jsonPath("$.workersInLast12Months").value(2))
                .andExpect(jsonPath("$.highlighted").value(false));
        allocate(token, childId, userId(user(Role.SOCIAL_WORKER)), TODAY.minusDays(5), "MANAGE").andExpect(status().isCreated());
        history(token, childId).andExpect(jsonPath("$.changesInLast12Months").value(2))
                .andExpect(jsonPath("$.workersInLast12Months").value(3))
                .andExpect(jsonPath("$.highlighted").value(true));
    }
}
