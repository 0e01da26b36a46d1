package org.kindred.fostering.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A server-rendered bar chart (grouped bars, up to four series) as SVG text, for a page that shows the same numbers
 * in a table beside it. The SVG is an image with a title; screen readers are pointed to the table.
 */
final class SvgBars {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int BOTTOM = 40;
    private static final int TOP = 12;

    private SvgBars() {
    }

    /** @param categories the x axis; @param values values[series][category] */
    static String render(String title, List<String> categories, long[][] values) {
        long max = 1;
        for (long[] series : values) for (long v : series) max = Math.max(max, v);
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        int plotW = WIDTH - LEFT - 8;
        int plotH = HEIGHT - TOP - BOTTOM;
        double groupW = categories.isEmpty() ? plotW : (double) plotW / categories.size();
        double barW = Math.max(1, (groupW * 0.8) / Math.max(1, values.length));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kindred-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s (the table below gives the figures)\">",
                WIDTH, HEIGHT, esc(title)));
        s.append("<title>").append(esc(title)).append("</title>");
        for (long y = 0; y <= top; y += step) {
            double py = TOP + plotH - (double) y / top * plotH;
            s.append(String.format(Locale.ROOT, "<line class=\"kindred-axis\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke-opacity=\"0.3\"/>", LEFT, WIDTH - 8, py, py));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>", LEFT - 4, py + 4, y));
        }
        int labelEvery = Math.max(1, categories.size() / 12);
        for (int c = 0; c < categories.size(); c++) {
            double gx = LEFT + c * groupW + groupW * 0.1;
            for (int k = 0; k < values.length; k++) {
                long v = values[k][c];
                double h = (double) v / top * plotH;
                s.append(String.format(Locale.ROOT, "<rect class=\"kindred-bar-%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                        k % 4, gx + k * barW, TOP + plotH - h, barW, h));
            }
            if (c % labelEvery == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        LEFT + c * groupW + groupW / 2, HEIGHT - BOTTOM + 16, esc(categories.get(c))));
            }
        }
        s.append(String.format(Locale.ROOT, "<line class=\"kindred-axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT, WIDTH - 8, TOP + plotH, TOP + plotH));
        return s.append("</svg>").toString();
    }

    static long niceStep(long max) {
        long raw = Math.max(1, max / 5);
        long magnitude = (long) Math.pow(10, (long) Math.log10(raw));
        for (long m : new long[] {1, 2, 5, 10}) if (raw <= m * magnitude) return m * magnitude;
        return 10 * magnitude;
    }

    private static String esc(String s) { return HtmlUtils.htmlEscape(s); }
}
