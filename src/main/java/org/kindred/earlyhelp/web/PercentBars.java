package org.kindred.earlyhelp.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A server-rendered chart of percentages as horizontal bars, one row per measure and one bar per group (two at most),
 * drawn as SVG text for a page that gives the same figures in a table beside it; a missing value draws no bar.
 */
final class PercentBars {
    private static final int WIDTH = 640;
    private static final int LABEL = 220;
    private static final int BAR = 14;

    private PercentBars() {
    }

    /** @param values values[row][group], percentages 0 to 100 or null */
    static String render(String title, List<String> rows, List<String> groups, Integer[][] values) {
        int rowH = BAR * groups.size() + 14;
        int height = rows.size() * rowH + 30;
        double scale = (WIDTH - LABEL - 50) / 100.0;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kindred-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s (the table below gives the figures)\"><title>%s</title>",
                WIDTH, height, esc(title), esc(title)));
        for (int r = 0; r < rows.size(); r++) {
            int y = 10 + r * rowH;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LABEL - 8,
                    y + BAR, esc(rows.get(r))));
            for (int g = 0; g < groups.size(); g++) {
                Integer v = values[r][g];
                if (v == null) continue;
                int by = y + g * BAR;
                s.append(String.format(Locale.ROOT, "<rect class=\"kindred-bar-%d\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>",
                        g, LABEL, by, v * scale, BAR - 2));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d%%</text>", LABEL + v * scale + 4, by + BAR - 3, v));
            }
        }
        s.append(String.format(Locale.ROOT, "<line class=\"kindred-axis\" x1=\"%d\" x2=\"%d\" y1=\"4\" y2=\"%d\"/>", LABEL, LABEL, height - 20));
        return s.append("</svg>").toString();
    }

    private static String esc(String t) { return HtmlUtils.htmlEscape(t); }
}
