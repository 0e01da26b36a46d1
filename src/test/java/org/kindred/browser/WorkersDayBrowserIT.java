package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.kindred.support.Api;
import org.kindred.support.ChildStory;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13's walk through a social worker's day: My work, a notification of a child allocated to them, the child's
 * page (status, their own name as the worker, what is overdue, the genogram and its printable page), a formatted case
 * note that survives the session ending, a document uploaded and downloaded, a task for a colleague (who is told),
 * and the record saved as a PDF; axe-core finds no WCAG A or AA violation on any page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkersDayBrowserIT extends DatabaseIT {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

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
        String worker = member(team, Role.SOCIAL_WORKER);
        String colleague = member(team, Role.SOCIAL_WORKER);
        String manager = member(team, Role.TEAM_MANAGER, Role.CONFERENCE_CHAIR, Role.SOCIAL_WORKER);
        // A child on a child protection plan and in care, with a mother and father recorded, allocated to the worker.
        long child = ChildStory.make(mvc, Api.token(mvc, manager), "Daywalk", TestClock.today(),
                userId(worker)).childId;
        String workerName = users.find(worker).orElseThrow().displayName();

        // My work → the notification → the child's page.
        browser.signIn(worker, PASSWORD);
        assertThat(browser.text()).contains("My tasks", "Lola Daywalk");
        assertThat(browser.find("#notifications-link").getText()).isEqualTo("Notifications (1 new)");
        axe("My work");
        browser.submit("#notifications-link");
        assertThat(browser.text()).contains("A child has been allocated to you");
        axe("notifications");
        browser.submit("#notifications button.kindred-link-button");
        assertThat(browser.currentPath()).isEqualTo("/children/" + child);
        assertThat(browser.find("h1").getText()).isEqualTo("Lola Daywalk");
        assertThat(browser.find("#status").getText()).contains("Child protection plan", "Neglect, since",
                "Looked after", "Full care order", workerName);
        assertThat(browser.find("#due").getText()).contains("Overdue");
        assertThat(browser.all("#genogram svg")).hasSize(1);
        assertThat(browser.all("#genogram svg circle").size() + browser.all("#genogram svg rect").size())
                .isGreaterThanOrEqualTo(3);
        assertThat(browser.find("#genogram-table").getText()).contains("Dawn Daywalk", "Mother",
                "Carl Daywalk", "Father", "The child");
        assertThat(browser.text()).contains("Case notes", "Open tasks", "Documents");
        assertThat(browser.find("#notifications-link").getText()).isEqualTo("Notifications");
        axe("child's page");
        browser.click("#print-genogram");
        assertThat(browser.currentPath()).isEqualTo("/children/" + child + "/genogram");
        assertThat(browser.all("svg .kindred-genogram-index")).hasSize(1);
        axe("genogram page");
        browser.open("/children/" + child);

        // A formatted case note, saved as a draft as it is typed; the session ends; nothing typed is lost.
        browser.submit("#new-note");
        axe("case note form");
        browser.click("#type");
        browser.type("contactTime", "00:01");
        browser.type("seen", "Lola and her grandmother");
        browser.click("#seenAlone");
        browser.type("text", "## How Lola is\n\n- **Happy** at school\n- Wants to see her *dad*\n\n<script>alert('x')</script>");
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
        assertThat(browser.find("#seen").getAttribute("value")).isEqualTo("Lola and her grandmother");
        axe("restored note");
        browser.submit("#save-note");
        assertThat(browser.text()).contains("Case note saved", "How Lola is", "<script>alert('x')</script>");
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
        browser.type("title", "Visit Lola's father");
        browser.find("#assignee option[value='user:" + userId(colleague) + "']").click();
        browser.submit("#set-task");
        assertThat(browser.text()).contains("Task set", "Visit Lola's father", "Test " + colleague);
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
        assertThat(browser.text()).contains("A task has been set for you: Visit Lola's father");
        browser.submit("#notifications button.kindred-link-button");
        assertThat(browser.currentPath()).isEqualTo("/children/" + child + "/tasks");
        browser.open("/tasks");
        assertThat(browser.text()).contains("Visit Lola's father", "Lola Daywalk");
        axe("my tasks");
    }
}
