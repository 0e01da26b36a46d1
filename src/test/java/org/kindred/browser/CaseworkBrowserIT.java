package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.allocation.Allocations;
import org.kindred.allocation.NewAllocation;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A social worker's day with the case work tools: told of a new child by a notification, they open the child's page,
 * write a formatted case note that survives the session ending, upload and download a document, set a task for a
 * colleague (who is told), and save the record as a PDF; axe-core finds no WCAG A or AA violation on any page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkBrowserIT extends DatabaseIT {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    @Autowired
    Teams teams;
    @Autowired
    Allocations allocations;

    private Browser browser;
    private Path upload;

    @BeforeAll
    void start() throws IOException {
        browser = new Browser("http://localhost:" + port);
        upload = Files.createTempFile("core-group-minutes", ".pdf");
        Files.write(upload, PDF);
    }

    @AfterAll
    void stop() throws IOException {
        browser.close();
        Files.deleteIfExists(upload);
    }

    private void axe(String page) throws IOException {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }

    @Test
    void aWorkersDayWithNotesDocumentsTasksAndThePrintedRecord() throws Exception {
        String team = "Casework browser team " + System.nanoTime();
        String worker = user(Role.SOCIAL_WORKER);
        String colleague = user(Role.SOCIAL_WORKER);
        String manager = user(Role.TEAM_MANAGER);
        teams.join(worker, team);
        teams.join(colleague, team);
        teams.join(manager, team);
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(Api.token(mvc, manager)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"Poppy","familyName":"Casebrowser","dateOfBirth":"2014-03-09","sex":"FEMALE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long child = Api.JSON.readTree(body).get("id").asLong();
        actAs(manager);
        try {
            allocations.allocate(child, new NewAllocation(users.find(worker).orElseThrow().id(),
                    TestClock.today(), null));
        } finally {
            SecurityContextHolder.clearContext();
        }

        // My work → the notification → the child's page.
        browser.signIn(worker, PASSWORD);
        assertThat(browser.find("#notifications-link").getText()).isEqualTo("Notifications (1 new)");
        assertThat(browser.text()).contains("My tasks");
        axe("My work");
        browser.submit("#notifications-link");
        assertThat(browser.text()).contains("A child has been allocated to you");
        axe("notifications");
        browser.submit("#notifications button.kindred-link-button");
        assertThat(browser.currentPath()).isEqualTo("/children/" + child);
        assertThat(browser.text()).contains("Poppy Casebrowser", "Case notes", "Open tasks", "Documents");
        assertThat(browser.find("#notifications-link").getText()).isEqualTo("Notifications");
        axe("child's page");

        // A formatted case note, saved as a draft as it is typed; the session ends; nothing typed is lost.
        browser.submit("#new-note");
        axe("case note form");
        browser.click("#type");
        browser.type("contactTime", "00:01");
        browser.type("seen", "Poppy and her grandmother");
        browser.click("#seenAlone");
        browser.type("text", "## How Poppy is\n\n- **Happy** at school\n- Wants to see her *dad*\n\n<script>alert('x')</script>");
        browser.waitForText("#draft-status", "Draft saved");
        // The timeout warning: with the session shortened to just past the warning's two minutes, it opens at once.
        browser.script("document.getElementById('note-form').dataset.sessionSeconds = '121';"
                + "document.getElementById('seen').dispatchEvent(new Event('input', {bubbles: true}));");
        browser.waitVisible("#timeout-warning");
        assertThat(browser.find("#timeout-warning").getText()).contains("You will be signed out soon");
        axe("session timeout warning");
        browser.script("document.getElementById('note-form').dataset.sessionSeconds = '1800';");
        browser.click("#stay-signed-in");
        browser.waitInvisible("#timeout-warning");

        browser.deleteCookie("SESSION");
        browser.submit("#save-note");
        assertThat(browser.currentPath()).isEqualTo("/login");
        browser.type("username", worker);
        browser.type("password", PASSWORD);
        browser.submit("#sign-in");
        assertThat(browser.currentPath()).isEqualTo("/children/" + child + "/notes/new?kept=1");
        assertThat(browser.text()).contains("Your session had ended when you saved this note");
        assertThat(browser.find("#text").getAttribute("value")).contains("**Happy** at school");
        assertThat(browser.find("#seen").getAttribute("value")).isEqualTo("Poppy and her grandmother");
        axe("restored note");
        browser.submit("#save-note");
        assertThat(browser.text()).contains("Case note saved", "How Poppy is", "<script>alert('x')</script>");
        assertThat(browser.find("#note-text strong").getText()).isEqualTo("Happy");
        assertThat(browser.all("#note-text script")).isEmpty();
        axe("case note");

        // A document uploaded and downloaded.
        browser.open("/children/" + child + "/documents/upload");
        browser.click("#type");
        browser.type("title", "Core group minutes");
        browser.find("#file").sendKeys(upload.toString());
        browser.submit("#upload");
        assertThat(browser.text()).contains("Document uploaded", "Core group minutes");
        axe("documents");
        @SuppressWarnings("unchecked")
        List<Object> download = (List<Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#documents a').href).then(async r => done([r.status,
                    r.headers.get('content-disposition'), r.headers.get('content-type'),
                    new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))]));""");
        assertThat(download).containsExactly(200L, download.get(1), "application/pdf", "%PDF-");
        assertThat((String) download.get(1)).startsWith("attachment;");

        // A task for a colleague.
        browser.open("/children/" + child + "/tasks");
        browser.type("title", "Visit Poppy's father");
        browser.find("#assignee option[value='user:" + users.find(colleague).orElseThrow().id() + "']").click();
        browser.submit("#set-task");
        assertThat(browser.text()).contains("Task set", "Visit Poppy's father", "Test " + colleague);
        axe("tasks");

        // The record saved as a PDF.
        browser.open("/children/" + child);
        browser.submit("#print-record");
        axe("print form");
        @SuppressWarnings("unchecked")
        List<Object> pdf = (List<Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('main form');
                fetch(form.action + '?' + new URLSearchParams(new FormData(form))).then(async r => done([r.status,
                    r.headers.get('content-type'), new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))]));""");
        assertThat(pdf).containsExactly(200L, "application/pdf", "%PDF-");

        // The colleague is told of the task.
        browser.submit(".kindred-signout button");
        browser.signIn(colleague, PASSWORD);
        assertThat(browser.find("#notifications-link").getText()).isEqualTo("Notifications (1 new)");
        browser.submit("#notifications-link");
        assertThat(browser.text()).contains("A task has been set for you: Visit Poppy's father");
        browser.submit("#notifications button.kindred-link-button");
        assertThat(browser.currentPath()).isEqualTo("/children/" + child + "/tasks");
        browser.open("/tasks");
        assertThat(browser.text()).contains("Visit Poppy's father", "Poppy Casebrowser");
        axe("my tasks");
    }
}
