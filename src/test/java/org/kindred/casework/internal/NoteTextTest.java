package org.kindred.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteTextTest {
    @Test
    void formattingBecomesHeadingsListsAndEmphasis() {
        String html = NoteText.html("# Visit\n\n- slept well\n- *ate* breakfast\n\n**Worry**: none");
        assertThat(html).contains("<h1>Visit</h1>", "<li>slept well</li>", "<em>ate</em>", "<strong>Worry</strong>");
    }

    @Test
    void aScriptTagIsShownAsTextNeverRun() {
        String html = NoteText.html("Mum said <script>alert('x')</script> and <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(1)>");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void scriptLinksAreDropped() {
        String html = NoteText.html("[click](javascript:alert(1)) and [GOV.UK](https://www.gov.uk)");
        assertThat(html).doesNotContain("javascript:");
        assertThat(html).contains("https://www.gov.uk");
    }

    @Test
    void theSummaryIsPlainAndShort() {
        assertThat(NoteText.summary("# Visit\n\n**Child** was well and happy at home", 20)).isEqualTo("Visit Child was wel…");
    }
}
