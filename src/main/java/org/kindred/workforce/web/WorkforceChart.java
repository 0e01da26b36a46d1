package org.kindred.workforce.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.springframework.web.util.HtmlUtils;

/**
 * Monthly lines drawn by JFreeChart onto JFreeSVG (as the insight pages do, ADR 0024), made accessible here: an
 * image role, a title and a description naming the latest figures; the page puts the same rows beside it as a table.
 */
final class WorkforceChart {
    private static final Color[] COLOURS = {new Color(0x1d, 0x70, 0xb8), new Color(0xd4, 0x35, 0x1c),
        new Color(0x00, 0x70, 0x3c), new Color(0x4c, 0x2c, 0x92)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    record Line(String name, List<Double> values) {
    }

    private WorkforceChart() {
    }

    static String render(String id, String title, String axis, List<YearMonth> months, List<Line> lines) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        StringBuilder desc = new StringBuilder(title).append(", ").append(months.isEmpty() ? "" : months.get(0))
                .append(" to ").append(months.isEmpty() ? "" : months.get(months.size() - 1)).append(". Latest: ");
        for (Line l : lines) {
            TimeSeries s = new TimeSeries(l.name());
            for (int i = 0; i < months.size(); i++) {
                YearMonth m = months.get(i);
                s.add(new Month(m.getMonthValue(), m.getYear()), l.values().get(i));
            }
            data.addSeries(s);
            Double last = l.values().isEmpty() ? null : l.values().get(l.values().size() - 1);
            desc.append(l.name()).append(' ').append(last == null ? "no figure" : last).append("; ");
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, axis, data, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(FONT);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        for (int i = 0; i < lines.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2.5f));
        }
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setDateFormatOverride(new SimpleDateFormat("MMM yy", Locale.UK));
        time.setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        int width = 720;
        int height = 300;
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(id);
        int open = svg.indexOf('>');
        String head = svg.substring(0, open).replaceFirst(" width=['\"][^'\"]*['\"]", "")
                .replaceFirst(" height=['\"][^'\"]*['\"]", "");
        return head + " viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" class=\"kindred-chart\""
                + " aria-labelledby=\"" + id + "-title " + id + "-desc\"><title id=\"" + id + "-title\">"
                + HtmlUtils.htmlEscape(title) + "</title><desc id=\"" + id + "-desc\">"
                + HtmlUtils.htmlEscape(desc.toString()) + "</desc>" + svg.substring(open + 1);
    }
}
