package org.kindred.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailIT extends DatabaseIT {
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTrailCannotBeChangedOrDeletedEvenByItsOwner() {
        jdbc.sql("insert into audit_entry (username, action, record_type) values ('t', 'TEST', 'person')").update();
        // The application's role has no right to (LeastPrivilegeIT); the owner is refused by the triggers.
        JdbcClient owner = this.owner.jdbc();
        assertThatThrownBy(() -> owner.sql("update audit_entry set username = 'x' where action = 'TEST'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_entry where action = 'TEST'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TEST'").query(Long.class).single()).isPositive();
    }

    @Test
    void administratorsSearchByUserAndRecordOthersCannot() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String workerToken = Api.token(mvc, worker);
        mvc.perform(get("/api/v1/people/424242").header("Authorization", Api.bearer(workerToken)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit?user=" + worker).header("Authorization", Api.bearer(workerToken)))
                .andExpect(status().isForbidden());

        String adminToken = Api.token(mvc, user(Role.ADMINISTRATOR));
        mvc.perform(get("/api/v1/audit?user=" + worker + "&recordId=424242").header("Authorization", Api.bearer(adminToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("VIEW_REFUSED_OR_MISSING"))
                .andExpect(jsonPath("$[0].recordType").value("person"));
        mvc.perform(get("/api/v1/audit?from=yesterday").header("Authorization", Api.bearer(adminToken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
