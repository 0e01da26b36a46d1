package org.kindred.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chart's SVG scales to its box and is named and described for assistive technology, the text escaped. */
class AccessibleSvgTest {

    @Test
    void theDrawingGetsAViewBoxARoleATitleAndADescription() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"300\"><rect/></svg>";
        String accessible = AccessibleSvg.of(svg, "chart-1", "Contacts & referrals", "12 in <May>", 760, 300);
        assertThat(accessible).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 300\" role=\"img\"")
                .doesNotContain("width=").doesNotContain("height=")
                .contains("aria-labelledby=\"chart-1-title chart-1-desc\"")
                .contains("<title id=\"chart-1-title\">Contacts &amp; referrals</title>")
                .contains("<desc id=\"chart-1-desc\">12 in &lt;May&gt;</desc>")
                .endsWith("<rect/></svg>");
    }
}
