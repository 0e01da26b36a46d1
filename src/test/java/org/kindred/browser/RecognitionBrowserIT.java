package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.TestClock;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15's recognition journey in Chromium: a manager opens a nomination window, a colleague nominates another
 * (a message with HTML in it, shown as text), the nominee sees nothing before the celebration, and at the celebration
 * the certificate PDF holds the message. axe-core finds no WCAG A or AA violation on any page of it.
 */
class RecognitionBrowserIT extends InBrowser {
    private static final LocalDate TODAY = TestClock.today();
    private static final String MESSAGE = "Kept <em>four</em> siblings together & listened to every one of them";
    @Autowired
    JdbcClient jdbc;

    @Test
    void aColleagueNominatesAnotherWhoReadsItOnTheirCertificateAtTheCelebration() throws Exception {
        String team = "Recognition browser team " + System.nanoTime();
        String manager = user(Role.TEAM_MANAGER);
        String nominator = user(Role.SOCIAL_WORKER);
        String nominee = member(team, Role.SOCIAL_WORKER);
        String window = "Browser celebration " + System.nanoTime();

        browser.signIn(manager, PASSWORD);
        browser.open("/recognition/windows/new");
        axe("open a window");
        browser.type("name", window);
        browser.submit("#open");
        assertThat(browser.text()).contains("There is a problem", "Enter the date nominations close");
        axe("open a window, with errors");
        browser.date("closesOn", TODAY.plusDays(7));
        browser.date("celebrationOn", TODAY.plusDays(14));
        browser.submit("#open");
        assertThat(browser.find("h1").getText()).isEqualTo(window);
        assertThat(browser.find("#not-yet").getText()).startsWith("Certificates can be made from the day of the celebration");
        axe("window before any nomination");
        long windowId = Long.parseLong(browser.currentPath().replaceAll(".*/", ""));
        browser.click(".kindred-signout button");

        browser.signIn(nominator, PASSWORD);
        browser.open("/recognition");
        axe("recognition home");
        browser.click("#nominate-" + windowId);
        axe("nominate");
        browser.submit("#nominate");
        assertThat(browser.text()).contains("There is a problem", "Select the colleague you are nominating");
        axe("nominate, with errors");
        new Select(browser.find("#nominee")).selectByValue(nominee);
        new Select(browser.find("#category")).selectByValue("EXTRA_MILE");
        browser.type("message", MESSAGE);
        browser.submit("#nominate");
        assertThat(browser.find("#done").getText()).isEqualTo("Your nomination of Test " + nominee + " is sent");
        assertThat(browser.find("#sent").getText()).contains(MESSAGE);
        assertThat(browser.all("#sent em")).isEmpty();
        axe("recognition home with a nomination sent");
        browser.click(".kindred-signout button");

        // Before the celebration the nominee sees nothing of it.
        browser.signIn(nominee, PASSWORD);
        browser.open("/recognition");
        assertThat(browser.text()).contains("None to show yet").doesNotContain("siblings");
        browser.click(".kindred-signout button");

        // The celebration comes: the window's dates move back as time would move on.
        jdbc.sql("update recognition_window set opens_on = ?, closes_on = ?, celebration_on = ? where id = ?")
                .params(TODAY.minusDays(14), TODAY.minusDays(1), TODAY, windowId).update();
        browser.signIn(nominee, PASSWORD);
        browser.open("/recognition");
        assertThat(browser.find(".received-nomination").getText()).contains(MESSAGE, "Going the extra mile");
        browser.click(".kindred-signout button");

        browser.signIn(manager, PASSWORD);
        browser.open("/recognition/windows/" + windowId);
        assertThat(browser.find("#by-team-table").getText()).contains(team + " 1 1");
        assertThat(browser.all("svg.kindred-chart")).hasSize(1);
        axe("window with counts and the certificate form");
        browser.click("#packing");
        browser.submit("#make-certificates");
        for (int i = 0; i < 100 && browser.all("#download-certificates").isEmpty(); i++) {
            axe("certificates in progress");
            Thread.sleep(200);
            browser.submit("#check-again");
        }
        assertThat(browser.find("#made").getText()).isEqualTo("1 certificate made");
        axe("certificates ready");
        String pdf = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#download-certificates').href).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let s = ''; for (const b of bytes) s += String.fromCharCode(b);
                    done(btoa(s)); });""");
        try (PDDocument doc = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Test " + nominee, team, MESSAGE, "Test " + nominator + ", Going the extra mile");
        }
    }
}
