package org.kindred.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 15 item 6 on the database: nominations in an open window only; nominees see nothing before the celebration;
 * messages are text (a script tag shows as text on the page and in the PDF); the counts by team; the certificates,
 * made off the request thread, one PDF or a zip; the API's POST and GET.
 */
class RecognitionIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();
    private static final String SCRIPT = "<script>alert('x')</script><b>Brilliant</b> & kind";
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Teams teams;

    private long openWindow(MockHttpSession organiser, String name) throws Exception {
        MvcResult r = mvc.perform(post("/recognition/windows").with(csrf()).session(organiser).param("name", name)
                        .param("opensOnDay", "" + TODAY.getDayOfMonth()).param("opensOnMonth", "" + TODAY.getMonthValue())
                        .param("opensOnYear", "" + TODAY.getYear())
                        .param("closesOnDay", "" + TODAY.plusDays(10).getDayOfMonth())
                        .param("closesOnMonth", "" + TODAY.plusDays(10).getMonthValue())
                        .param("closesOnYear", "" + TODAY.plusDays(10).getYear())
                        .param("celebrationOnDay", "" + TODAY.plusDays(20).getDayOfMonth())
                        .param("celebrationOnMonth", "" + TODAY.plusDays(20).getMonthValue())
                        .param("celebrationOnYear", "" + TODAY.plusDays(20).getYear()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
    }

    /** The celebration comes: the window's dates move back as time would move forward. */
    private void celebrate(long window) {
        jdbc.sql("update recognition_window set opens_on = ?, closes_on = ?, celebration_on = ? where id = ?")
                .params(TODAY.minusDays(30), TODAY.minusDays(1), TODAY, window).update();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MvcResult nominate(MockHttpSession session, long window, String nominee, String category, String message) throws Exception {
        return mvc.perform(post("/recognition/nominations").with(csrf()).session(session)
                .param("windowId", "" + window).param("nominee", nominee).param("category", category)
                .param("message", message)).andReturn();
    }

    @Test
    void aNomineeSeesNothingBeforeTheCelebrationAndTheCertificateCarriesTheMessageAsText() throws Exception {
        String team = "Recognition team " + System.nanoTime();
        String organiser = user(Role.TEAM_MANAGER);
        String nominator = user(Role.SOCIAL_WORKER);
        String nominee = member(team, Role.SOCIAL_WORKER);
        MockHttpSession organising = login(organiser);
        long window = openWindow(organising, "Celebration test " + team);

        MockHttpSession nominating = login(nominator);
        MvcResult refused = nominate(nominating, window, nominator, "", "");
        assertThat(refused.getResponse().getContentAsString())
                .contains("There is a problem", "Nominate a colleague, not yourself", "Enter why you are nominating them");
        assertThat(nominate(nominating, window, nominee, "CHILDS_VOICE", SCRIPT).getResponse().getStatus()).isEqualTo(302);
        String sent = page(nominating, "/recognition");
        assertThat(sent).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;Brilliant&lt;/b&gt; &amp; kind")
                .doesNotContain(SCRIPT);

        // Before the celebration the nominee sees nothing: not on the page, not through the API.
        MockHttpSession nominated = login(nominee);
        assertThat(page(nominated, "/recognition")).contains("None to show yet").doesNotContain("Brilliant");
        String token = Api.token(mvc, nominee);
        assertThat(mvc.perform(get("/api/v1/nominations").header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isEqualTo("[]");
        String windowPage = page(organising, "/recognition/windows/" + window);
        assertThat(windowPage).contains("Certificates can be made from the day of the celebration", team, "<svg")
                .doesNotContain("Brilliant");
        assertThat(mvc.perform(post("/recognition/windows/" + window + "/certificates").with(csrf()).session(organising)
                .param("packing", "ONE_PDF")).andReturn().getResponse().getContentAsString())
                .contains("There is a problem", "Certificates are made from the day of the celebration");

        celebrate(window);
        assertThat(page(nominated, "/recognition")).contains("&lt;b&gt;Brilliant&lt;/b&gt; &amp; kind", "The child&#39;s voice");
        String csv = mvc.perform(get("/recognition/windows/" + window + "/teams.csv").session(organising))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Team,Nominations,Colleagues nominated", team + ",1,1");

        byte[] pdf = certificates(organising, window, "ONE_PDF");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Test " + nominee, team, "<script>alert('x')</script><b>Brilliant</b> & kind",
                    "Test " + nominator + ", The child's voice");
        }
    }

    @Test
    void everyNomineeGetsACertificateInTheZip() throws Exception {
        String organiser = user(Role.ADMINISTRATOR);
        String nominator = user(Role.FOSTERING_OFFICER);
        List<String> nominees = List.of(user(Role.SOCIAL_WORKER), user(Role.CONFERENCE_CHAIR), user(Role.PERFORMANCE_ANALYST));
        MockHttpSession organising = login(organiser);
        long window = openWindow(organising, "Zip test " + System.nanoTime());
        MockHttpSession nominating = login(nominator);
        for (String n : nominees) {
            assertThat(nominate(nominating, window, n, "", "Thank you " + n).getResponse().getStatus()).isEqualTo(302);
        }
        celebrate(window);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(certificates(organising, window, "ZIP")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                try (PDDocument doc = Loader.loadPDF(zip.readAllBytes())) {
                    entries.add(new PDFTextStripper().getText(doc));
                }
            }
        }
        assertThat(entries).hasSize(3);
        for (String n : nominees) {
            assertThat(entries).filteredOn(t -> t.contains("Thank you " + n)).singleElement().asString().contains("Test " + n);
        }
    }

    private byte[] certificates(MockHttpSession organising, long window, String packing) throws Exception {
        String build = mvc.perform(post("/recognition/windows/" + window + "/certificates").with(csrf())
                        .session(organising).param("packing", packing))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String progress = "";
        for (int i = 0; i < 300 && !progress.contains("Ready to download"); i++) {
            Thread.sleep(100);
            progress = page(organising, build);
        }
        assertThat(progress).contains("Ready to download");
        MvcResult file = mvc.perform(get(build + "/file").session(organising)).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        return file.getResponse().getContentAsByteArray();
    }

    @Test
    void theApiTakesANominationAndListsTheCallersOwn() throws Exception {
        String organiser = user(Role.ADMINISTRATOR);
        long window = openWindow(login(organiser), "API test " + System.nanoTime());
        String nominator = user(Role.SOCIAL_WORKER);
        String nominee = user(Role.TEAM_MANAGER);
        String token = Api.bearer(Api.token(mvc, nominator));
        mvc.perform(post("/api/v1/nominations").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"windowId\":" + window + ",\"nominee\":\"" + nominee + "\",\"category\":\"NOPE\",\"message\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentType()).startsWith("application/problem+json"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("category", "message"));
        mvc.perform(post("/api/v1/nominations").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"windowId\":" + window + ",\"nominee\":\"" + nominee + "\",\"category\":\"LEADERSHIP\",\"message\":\"Led us well\"}"))
                .andExpect(status().isCreated());
        String mine = mvc.perform(get("/api/v1/nominations").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Led us well", nominee, "LEADERSHIP");
        // Closed windows take no more nominations.
        jdbc.sql("update recognition_window set opens_on = ?, closes_on = ?, celebration_on = ? where id = ?")
                .params(TODAY.minusDays(20), TODAY.minusDays(10), TODAY.plusDays(5), window).update();
        mvc.perform(post("/api/v1/nominations").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"windowId\":" + window + ",\"nominee\":\"" + nominee + "\",\"message\":\"Late\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("windowId", "not open today"));
    }

    @Test
    void onlyOrganisersOpenWindowsAndReadTheCounts() throws Exception {
        MockHttpSession worker = login(user(Role.SOCIAL_WORKER));
        assertThat(mvc.perform(get("/recognition/windows/new").session(worker)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpSession manager = login(user(Role.TEAM_MANAGER));
        String refused = mvc.perform(post("/recognition/windows").with(csrf()).session(manager).param("name", "")
                        .param("opensOnDay", "5").param("opensOnMonth", "6").param("opensOnYear", "2027")
                        .param("closesOnDay", "4").param("closesOnMonth", "6").param("closesOnYear", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter the window&#39;s name",
                "Nominations must close on or after the day they open", "Enter the date of the celebration");
        long window = openWindow(manager, "Counts test " + System.nanoTime());
        assertThat(mvc.perform(get("/recognition/windows/" + window).session(worker)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page(worker, "/recognition")).contains("Nominate a colleague for Counts test").doesNotContain("Open a nomination window");
    }
}
