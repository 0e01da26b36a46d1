package org.kindred.recognition.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.kindred.insight.AccessibleSvg;
import org.kindred.recognition.TeamCount;

/**
 * Nominations by team as horizontal bars, drawn by JFreeChart onto JFreeSVG (as the insight pages draw, ADR 0024),
 * named and described for assistive technology; the page shows the same rows as a table beside it.
 */
final class TeamChart {
    private static final Color GOVUK_BLUE = new Color(0x1d, 0x70, 0xb8);
    private static final Color GOVUK_BLACK = new Color(0x0b, 0x0c, 0x0c);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int WIDTH = 760;

    private TeamChart() {
    }

    static String render(String id, String title, List<TeamCount> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach(c -> data.addValue(c.nominations(), "Nominations", c.team()));
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Nominations", data, PlotOrientation.HORIZONTAL,
                false, false, false);
        style(chart);
        int height = 60 + 22 * Math.max(1, counts.size());
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        String description = counts.isEmpty() ? "No nominations yet." : counts.stream()
                .map(c -> c.team() + ": " + c.nominations()).collect(Collectors.joining("; ")) + ".";
        return AccessibleSvg.of(g.getSVGElement(id), id, title, description, WIDTH, height);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, GOVUK_BLUE);
        bars.setMaximumBarWidth(0.8);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setTickLabelPaint(GOVUK_BLACK);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(FONT);
        range.setLabelFont(FONT);
        range.setTickLabelPaint(GOVUK_BLACK);
    }
}
