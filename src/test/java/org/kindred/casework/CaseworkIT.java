package org.kindred.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.allocation.Allocations;
import org.kindred.allocation.NewAllocation;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.chronology.Chronology;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;

/** Case notes, documents, tasks, notifications and the printed record, through the pages as a worker uses them. */
class CaseworkIT extends DatabaseIT {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    Chronology chronology;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Teams teams;
    @Autowired
    Allocations allocations;

    private long newChild(String worker, String family) throws Exception {
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(Api.token(mvc, worker)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"Ivy","familyName":"%s","dateOfBirth":"2015-05-01","sex":"FEMALE"}"""
                                .formatted(family)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder note(long child,
                                                                                                  String text) {
        return note(child, text, "YES");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder note(long child,
                                                                                                  String text,
                                                                                                  String alone) {
        LocalDate day = TestClock.today().minusDays(1);
        return post("/children/" + child + "/notes").with(csrf()).param("type", "HOME_VISIT")
                .param("contactDay", "" + day.getDayOfMonth()).param("contactMonth", "" + day.getMonthValue())
                .param("contactYear", "" + day.getYear()).param("contactTime", "14:30").param("seen", "Ivy and her mother")
                .param("seenAlone", alone).param("text", text);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aNoteIsFormattedFeedsTheChronologyAndACorrectionKeepsTheEarlierVersion() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        MockHttpSession session = login(worker);
        long child = newChild(worker, "Notewell");

        String saved = mvc.perform(note(child, "# Visit\n\n- slept **well**\n\n<script>alert('x')</script>").session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).matches("/children/" + child + "/notes/\\d+");
        String shown = page(session, saved);
        assertThat(shown).contains("<h1>Visit</h1>", "<strong>well</strong>", "&lt;script&gt;alert")
                .doesNotContain("<script>alert");

        actAs(worker);
        try {
            assertThat(chronology.forChild(child, "Home visit")).singleElement()
                    .satisfies(e -> assertThat(e.summary()).contains("Ivy and her mother", "seen alone"));
        } finally {
            SecurityContextHolder.clearContext();
        }

        mvc.perform(post(saved + "/correct").session(session).with(csrf()).param("type", "PHONE_CALL")
                .param("contactDay", "1").param("contactMonth", "1").param("contactYear", "2020")
                .param("contactTime", "9:05").param("seen", "Mother").param("seenAlone", "NOT_SEEN").param("text", "Corrected"))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("There is a problem", "Enter why the note is being corrected"));
        mvc.perform(post(saved + "/correct").session(session).with(csrf()).param("type", "PHONE_CALL")
                .param("contactDay", "30").param("contactMonth", "2").param("contactYear", "2020")
                .param("contactTime", "9:05").param("seen", "Mother").param("seenAlone", "NOT_SEEN").param("text", "Corrected"))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("The date of the contact must be a real date", "Enter why the note is being corrected"));
        mvc.perform(post(saved + "/correct").session(session).with(csrf()).param("type", "PHONE_CALL")
                .param("contactDay", "1").param("contactMonth", "1").param("contactYear", "2020")
                .param("contactTime", "9:05").param("seen", "Mother").param("seenAlone", "NOT_SEEN")
                .param("text", "It was a call").param("reason", "Recorded as a visit by mistake"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(session, saved)).contains("Phone call", "It was a call", "Earlier versions", "Version 1",
                "Recorded as a visit by mistake", "<h1>Visit</h1>");
    }

    @Test
    void badNotesKeepTheirInputAndNothingTypedIsLost() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        MockHttpSession session = login(worker);
        long child = newChild(worker, "Draftwell");

        String refused = mvc.perform(note(child, "Half a thought", "").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Select whether the child was seen alone", "Half a thought");

        mvc.perform(post("/children/" + child + "/notes/draft").session(session).with(csrf())
                .param("text", "Typed so far").param("seen", "Nan")).andExpect(status().isNoContent());
        assertThat(page(session, "/children/" + child + "/notes/new")).contains("Your draft has been restored",
                "Typed so far", "Nan");

        // The session ends (timed out); the worker presses save: the note is kept, and restored after sign-in.
        MockHttpServletResponse parked = mvc.perform(note(child, "Written while the session ran out")
                .cookie(new Cookie("SESSION", "bG9uZy1nb25l"))).andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(parked.getRedirectedUrl()).endsWith("/login");
        Cookie key = parked.getCookie("kindred-parked-note");
        assertThat(key).isNotNull();
        MockHttpSession again = login(worker);
        String restoredAt = mvc.perform(get("/").session(again).cookie(key)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(restoredAt).isEqualTo("/children/" + child + "/notes/new?kept=1");
        assertThat(page(again, restoredAt)).contains("Your session had ended", "Written while the session ran out");
        // The key is good once.
        assertThat(mvc.perform(get("/").session(again).cookie(key)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void documentsAreTypedByContentDownloadedAsAttachmentsAndBadUploadsStoreNothing() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        MockHttpSession session = login(worker);
        long child = newChild(worker, "Docwell");
        String upload = "/children/" + child + "/documents/upload";

        String disguised = mvc.perform(multipart(upload).file(new MockMultipartFile("file", "report.pdf",
                        "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .param("type", "REPORT").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(disguised).contains("There is a problem", "text/html");
        String empty = mvc.perform(multipart(upload).file(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[0]))
                        .param("type", "REPORT").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("There is a problem", "The selected file is empty");
        String tooBig = mvc.perform(multipart(upload).file(new MockMultipartFile("file", "big.pdf",
                        "application/pdf", new byte[21 * 1024 * 1024])).param("type", "REPORT").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooBig).contains("There is a problem", "smaller than 20 MB");
        // Over the wire, a body over the limit is turned back to the form before it is read, and the browser gets that
        // answer (Tomcat swallows the rest), not a reset connection.
        byte[] body = new byte[21 * 1024 * 1024];
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + upload))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains(upload + "?tooLarge=1");
        assertThat(page(session, upload + "?tooLarge=1")).contains("There is a problem", "smaller than 20 MB");
        assertThat(jdbc.sql("select count(*) from child_document where child_id = ?").params(child)
                .query(Integer.class).single()).as("nothing stored").isZero();

        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "../Core group minutes.pdf", "text/html", PDF))
                .param("type", "REPORT").param("title", "Minutes").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String list = page(session, "/children/" + child + "/documents?type=REPORT");
        assertThat(list).contains("Minutes", "Core group minutes.pdf");
        assertThat(page(session, "/children/" + child + "/documents?type=PHOTO")).doesNotContain("Minutes");
        long id = jdbc.sql("select id from child_document where child_id = ?").params(child).query(Long.class).single();
        MockHttpServletResponse file = mvc.perform(get("/children/" + child + "/documents/" + id + "/download").session(session))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;").contains("Core group minutes.pdf");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(audit.search(new AuditQuery(worker, "document", null, null, null, 50)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("DOWNLOAD"));
    }

    @Test
    void aTaskForAColleagueTellsThemAndShowsOnTheirWork() throws Exception {
        String team = "Casework team " + System.nanoTime();
        String worker = member(team, Role.SOCIAL_WORKER);
        String colleague = member(team, Role.SOCIAL_WORKER);
        long colleagueId = userId(colleague);
        MockHttpSession session = login(worker);
        long child = newChild(worker, "Taskwell");
        LocalDate due = TestClock.today().plusDays(3);

        String refused = mvc.perform(post("/children/" + child + "/tasks").session(session).with(csrf())
                .param("title", "Book the review")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Select who the task is for", "Enter the date the task is due", "Book the review");
        assertThat(mvc.perform(post("/children/" + child + "/tasks").session(session).with(csrf()).param("title", "Book the review")
                        .param("dueDay", "31").param("dueMonth", "6").param("dueYear", "" + due.getYear()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("The due date must be a real date", "Select who the task is for");
        mvc.perform(post("/children/" + child + "/tasks").session(session).with(csrf()).param("title", "Book the review")
                .param("assignee", "user:" + colleagueId).param("dueDay", "" + due.getDayOfMonth())
                .param("dueMonth", "" + due.getMonthValue()).param("dueYear", "" + due.getYear()))
                .andExpect(status().is3xxRedirection());

        MockHttpSession theirs = login(colleague);
        assertThat(page(theirs, "/")).contains("Notifications (1 new)", "1</span> open");
        assertThat(page(theirs, "/notifications")).contains("A task has been set for you: Book the review");
        assertThat(page(theirs, "/tasks")).contains("Book the review", "Ivy Taskwell");
        long note = jdbc.sql("select id from notification where user_id = ?").params(colleagueId).query(Long.class).single();
        mvc.perform(post("/notifications/" + note + "/read").session(theirs).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/children/" + child + "/tasks"));
        assertThat(page(theirs, "/")).doesNotContain("Notifications (1 new)");

        // Allocated to the colleague, the child's task is on their My work beside the statutory deadlines.
        actAs(user(Role.TEAM_MANAGER));
        try {
            allocations.allocate(child, new NewAllocation(colleagueId, TestClock.today(), null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        String home = page(theirs, "/");
        assertThat(home).contains("Task: Book the review", "Notifications (1 new)");
        assertThat(page(theirs, "/notifications")).contains("A child has been allocated to you");
    }

    @Test
    void aDecisionWaitingForAuthorisationTellsTheWorkersManagers() throws Exception {
        String team = "Authorising team " + System.nanoTime();
        String worker = member(team, Role.FRONT_DOOR_WORKER);
        String manager = member(team, Role.TEAM_MANAGER);
        String elsewhere = user(Role.TEAM_MANAGER);
        teams.join(elsewhere, "Another team " + System.nanoTime());
        String token = Api.token(mvc, worker);
        String contact = mvc.perform(post("/api/v1/contacts").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"child":{"givenNames":"Ivy","familyName":"Authwell","dateOfBirth":"2018-06-01","sex":"FEMALE"},
                                 "source":"2A","receivedAt":"%s","worry":"Bruises","consent":"GIVEN","urgent":true}"""
                                .formatted(java.time.ZonedDateTime.now(TestClock.CLOCK).withNano(0).toOffsetDateTime())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long contactId = Api.JSON.readTree(contact).get("id").asLong();
        mvc.perform(post("/api/v1/contacts/" + contactId + "/decision").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"NO_FURTHER_ACTION\"}"))
                .andExpect(status().isOk());
        assertThat(page(login(manager), "/notifications")).contains("Front-door decision to authorise",
                "/notifications/");
        assertThat(page(login(elsewhere), "/notifications")).doesNotContain("Front-door decision to authorise");
        assertThat(jdbc.sql("select link from notification where user_id = ?")
                .params(userId(manager)).query(String.class).list())
                .containsExactly("/front-door/contacts/" + contactId);
    }

    @Test
    void theRecordPrintsAsAPdfWithTheViewerOnEveryPage() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        MockHttpSession session = login(worker);
        long child = newChild(worker, "Printwell");
        StringBuilder longNote = new StringBuilder("# Long visit\n\n");
        for (int i = 0; i < 150; i++) longNote.append("- Point ").append(i).append(" of the visit\n");
        mvc.perform(note(child, longNote.toString()).session(session)).andExpect(status().is3xxRedirection());
        LocalDate today = TestClock.today();
        assertThat(page(session, "/children/" + child + "/print")).contains("Save the record as a PDF");
        String bad = page(session, "/children/" + child + "/record.pdf?fromDay=31&fromMonth=2&fromYear=2026");
        assertThat(bad).contains("There is a problem", "must be a real date", "Enter the date of the end");

        MockHttpServletResponse pdf = mvc.perform(get("/children/" + child + "/record.pdf").session(session)
                        .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "" + (today.getYear() - 1))
                        .param("toDay", "" + today.getDayOfMonth()).param("toMonth", "" + today.getMonthValue())
                        .param("toYear", "" + today.getYear()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment;");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(p);
                text.setEndPage(p);
                assertThat(text.getText(doc)).as("page " + p).contains("Printed by Test " + worker);
            }
            assertThat(new PDFTextStripper().getText(doc)).contains("Ivy Printwell", "Long visit", "Point 149");
        }
        assertThat(audit.search(new AuditQuery(worker, "child_record", null, null, null, 10)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("PRINT"));
    }

    @Test
    void aRestrictedChildHasNoneOfThese() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        long child = newChild(worker, "Hiddenwell");
        mvc.perform(post("/children/" + child + "/restriction").session(login(user(Role.ADMINISTRATOR))).with(csrf())
                .param("reason", "Witness protection"));
        MockHttpSession other = login(user(Role.SOCIAL_WORKER, Role.TEAM_MANAGER));
        for (String path : List.of("/notes", "/notes/new", "/documents", "/documents/upload", "/tasks", "/print")) {
            mvc.perform(get("/children/" + child + path).session(other)).andExpect(status().isNotFound());
        }
        mvc.perform(note(child, "Should not be kept").session(other)).andExpect(status().isNotFound());
    }
}
