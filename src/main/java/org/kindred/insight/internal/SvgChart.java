package org.kindred.insight.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.Locale;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;
import org.kindred.insight.AccessibleSvg;
import org.kindred.insight.internal.EnglandFigures.England;

/**
 * A measure's months drawn by JFreeChart onto JFreeSVG's Graphics2D (ADR 0024): bars for events, a line for levels
 * and shares, England's figure as a dashed reference line. The SVG is made accessible here: {@code role="img"}, a
 * {@code <title>} and a {@code <desc>} naming the figures, and the page puts the same data beside it as a table.
 */
public final class SvgChart {
    private static final Color GOVUK_BLUE = new Color(0x1d, 0x70, 0xb8);
    private static final Color GOVUK_BLACK = new Color(0x0b, 0x0c, 0x0c);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private SvgChart() {
    }

    /** Months and values (null: no figure that month), in order. */
    public record Series(List<YearMonth> months, List<Double> values, String axis, boolean line) {
    }

    public static String render(String id, String title, String description, Series series,
                                Optional<England> england, int width, int height) {
        TimeSeries months = new TimeSeries("Figure");
        for (int i = 0; i < series.months().size(); i++) {
            YearMonth m = series.months().get(i);
            months.add(new Month(m.getMonthValue(), m.getYear()), series.values().get(i));
        }
        TimeSeriesCollection data = new TimeSeriesCollection(months);
        // A date axis picks its own ticks (every month for a year, every few months for five): no crowded labels.
        JFreeChart chart = series.line()
                ? ChartFactory.createTimeSeriesChart(null, null, series.axis(), data, false, false, false)
                : ChartFactory.createXYBarChart(null, null, true, series.axis(), data, PlotOrientation.VERTICAL,
                        false, false, false);
        style(chart, series);
        england.ifPresent(e -> chart.getXYPlot().addRangeMarker(marker(e)));
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return AccessibleSvg.of(g.getSVGElement(id), id, title, description, width, height);
    }

    private static void style(JFreeChart chart, Series series) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.getRenderer().setSeriesPaint(0, GOVUK_BLUE);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
        if (plot.getRenderer() instanceof XYBarRenderer bars) {
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setMargin(0.15);
        }
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setDateFormatOverride(new SimpleDateFormat(series.months().size() > 12 ? "MMM yy" : "MMM", Locale.UK));
        time.setTickLabelFont(FONT);
        time.setTickLabelPaint(GOVUK_BLACK);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        plot.getRangeAxis().setTickLabelPaint(GOVUK_BLACK);
    }

    private static ValueMarker marker(England e) {
        ValueMarker m = new ValueMarker(e.value(), GOVUK_BLACK, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        m.setLabel("England " + e.year() + ": " + format(e.value()));
        m.setLabelFont(FONT);
        m.setLabelPaint(GOVUK_BLACK);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return m;
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

}
