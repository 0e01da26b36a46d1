package org.kindred.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The performance team downloads the returns from the page (built in the background, its progress shown, the file
 * audited) and through the API (the servlet's asynchronous request; bad input is problem+json naming the field).
 */
class ReturnDownloadsIT extends DatabaseIT {
    private static final int CIN_YEAR = CollectionYears.latestWithRules(ReturnKind.CIN);
    private static final int SSDA_YEAR = CollectionYears.latestWithRules(ReturnKind.SSDA903);

    @Autowired
    JdbcClient jdbc;

    private String waitUntilReady(MockHttpSession session, String path) throws Exception {
        for (int i = 0; i < 600; i++) {
            String page = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            if (page.contains("Ready to download") || page.contains("could not be built")) {
                return page;
            }
            assertThat(page).contains("Check again");
            Thread.sleep(200);
        }
        throw new AssertionError(path + " not ready in two minutes");
    }

    @Test
    void anAnalystBuildsTheCinCensusFromThePageAndDownloadsIt() throws Exception {
        // A child referred in the census year, so that the census has a child (the schema refuses an empty one).
        MockHttpSession worker = login(user(Role.SOCIAL_WORKER));
        MvcResult child = mvc.perform(post("/children").session(worker).with(csrf()).param("givenNames", "Ash")
                .param("familyName", "Downloadable").param("dobDay", "3").param("dobMonth", "4").param("dobYear", "2014")
                .param("sex", "MALE").param("confirmedNew", "true")).andExpect(status().is3xxRedirection()).andReturn();
        long childId = Long.parseLong(child.getResponse().getRedirectedUrl().replace("/children/", ""));
        java.time.LocalDate referred = CollectionYears.start(CIN_YEAR).plusMonths(2);
        long contact = jdbc.sql("insert into contact (child_id, source, received_at, worry, consent, created_by)"
                + " values (?, '1A', ?, 'Download test', 'GIVEN', 'test') returning id")
                .params(childId, referred.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toOffsetDateTime())
                .query(Long.class).single();
        jdbc.sql("insert into referral (contact_id, child_id, referral_date, source, primary_need, created_by)"
                + " values (?, ?, ?, '1A', 'N1', 'test')").params(contact, childId, referred).update();
        String analyst = user(Role.PERFORMANCE_ANALYST);
        MockHttpSession session = login(analyst);
        String none = mvc.perform(post("/returns/downloads").session(session).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(none).contains("govuk-error-summary", "Select the return to download");
        String badYear = mvc.perform(post("/returns/downloads").session(session).with(csrf()).param("download", "cin")
                .param("year", "1999")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badYear).contains("govuk-error-summary", "not 1999", "value=\"cin\" checked");

        MvcResult started = mvc.perform(post("/returns/downloads").session(session).with(csrf()).param("download", "cin")
                .param("year", Integer.toString(CIN_YEAR))).andExpect(status().is3xxRedirection()).andReturn();
        String path = started.getResponse().getRedirectedUrl();
        assertThat(path).startsWith("/returns/downloads/");
        String ready = waitUntilReady(session, path);
        assertThat(ready).contains("Ready to download", "errors and", "queries from the DfE");

        MvcResult file = mvc.perform(get(path + "/file").session(session)).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getContentType()).isEqualTo("application/xml");
        assertThat(file.getResponse().getContentAsString()).contains("<Message", "<Children");
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'DOWNLOAD'"
                + " and record_id = ?").params(analyst, "cin-" + CIN_YEAR).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'EXPORT'")
                .params(analyst).query(Long.class).single()).as("the export audited as the user").isEqualTo(1);

        // Another analyst cannot read this one's build.
        mvc.perform(get(path).session(login(user(Role.PERFORMANCE_ANALYST)))).andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersTheSsda903ZipAndNamesABadField() throws Exception {
        String token = Api.bearer(Api.token(mvc, user(Role.PERFORMANCE_ANALYST)));
        MvcResult bad = mvc.perform(get("/api/v1/returns/ssda903").param("year", "twenty").header("Authorization", token))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bad.getResponse().getContentAsString()).contains("\"field\":\"year\"");
        MvcResult badPeriod = mvc.perform(get("/api/v1/returns/annex-a").param("from", "2025-04-01")
                .param("to", "2025-13-01").header("Authorization", token)).andExpect(status().isBadRequest()).andReturn();
        assertThat(badPeriod.getResponse().getContentAsString()).contains("\"field\":\"to\"");

        MvcResult async = mvc.perform(get("/api/v1/returns/ssda903").param("year", Integer.toString(SSDA_YEAR))
                .header("Authorization", token)).andExpect(request().asyncStarted()).andReturn();
        async.getAsyncResult(120_000);
        MvcResult zip = mvc.perform(asyncDispatch(async)).andExpect(status().isOk()).andReturn();
        assertThat(zip.getResponse().getContentType()).isEqualTo("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("header.csv", "episodes.csv", "ssda903.xml");

        mvc.perform(get("/api/v1/returns/cin").param("year", Integer.toString(CIN_YEAR))
                .header("Authorization", Api.bearer(Api.token(mvc, user(Role.SOCIAL_WORKER)))))
                .andExpect(status().isForbidden());
    }
}
