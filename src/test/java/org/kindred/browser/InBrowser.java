package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.kindred.support.DatabaseIT;

/** A browser test: one headless Chromium for the class, against the application on its random port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InBrowser extends DatabaseIT {
    protected Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        browser.close();
    }

    /** axe-core finds no WCAG A or AA violation on the page the browser shows ({@code what} names it in a failure). */
    protected void axe(String what) throws IOException {
        assertThat(browser.accessibilityViolations()).as(what).isEmpty();
    }
}
