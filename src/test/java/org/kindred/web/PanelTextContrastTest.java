package org.kindred.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A GOV.UK panel is white text on green (#00703c). Body text classes inside it (govuk-body, govuk-hint) turn the text
 * near-black, 3.15:1 against the green, below WCAG AA's 4.5:1 (the /returns result panel did). Panel text uses the
 * panel's own classes. This reads every template, so a new panel is checked too.
 */
class PanelTextContrastTest {
    private static final Pattern PANEL = Pattern.compile("<div[^>]*class=\"[^\"]*govuk-panel(?![_-])[^\"]*\"[^>]*>");
    private static final Pattern DIV = Pattern.compile("<div\\b|</div>");

    @Test
    void noPanelHoldsBodyTextThatWouldBeDarkOnGreen() throws IOException {
        List<String> found = new ArrayList<>();
        int panels = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                Matcher m = PANEL.matcher(html);
                while (m.find()) {
                    panels++;
                    String inside = inside(html, m.end());
                    if (inside.contains("govuk-body") || inside.contains("govuk-hint")) found.add(f.getFileName() + ": " + inside.strip());
                }
            }
        }
        assertThat(panels).as("panels found in the templates").isPositive();
        assertThat(found).isEmpty();
    }

    @Test
    void theContrastOfDarkTextOnThePanelGreenIsBelowAa() {
        assertThat(contrast(0x0b0c0c, 0x00703c)).isLessThan(4.5);
        assertThat(contrast(0xffffff, 0x00703c)).isGreaterThan(4.5);
    }

    /** The markup up to the div that closes the one opened just before {@code from}. */
    private static String inside(String html, int from) {
        Matcher d = DIV.matcher(html);
        d.region(from, html.length());
        int depth = 1;
        while (d.find()) {
            depth += d.group().startsWith("</") ? -1 : 1;
            if (depth == 0) return html.substring(from, d.start());
        }
        return html.substring(from);
    }

    private static double contrast(int a, int b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = ((rgb >> (16 - 8 * i)) & 0xff) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
