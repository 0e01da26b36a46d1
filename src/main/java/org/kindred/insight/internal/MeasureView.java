package org.kindred.insight.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kindred.insight.Measure;
import org.kindred.insight.MonthFigure;
import org.kindred.insight.internal.EnglandFigures.England;
import org.springframework.web.util.HtmlUtils;

/** One measure as a page shows it: its months as rows, the chart drawn from the same rows, England's figure. */
public record MeasureView(Measure measure, List<Row> rows, String svg, Optional<England> england,
                          java.util.Map<String, String> bodies) {
    static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** A month: its label, its count (and base), the figure as charted (null: nothing to divide). */
    public record Row(YearMonth month, String label, long count, Long base, Double value) {

        public String shown() { return value == null ? "No figure" : SvgChart.format(value); }
    }

    static MeasureView of(Measure measure, List<MonthFigure> figures, Optional<England> england) {
        List<Row> rows = figures.stream().map(f -> new Row(f.month(), LABEL.format(f.month()), f.count(), f.base(),
                measure.kind().value(f))).toList();
        String id = "chart-" + measure.id().replace('.', '-');
        String description = measure.title() + " by month, " + rows.get(0).label() + " to "
                + rows.get(rows.size() - 1).label() + ": " + String.join("; ", rows.stream()
                .map(r -> r.label() + " " + r.shown()).toList())
                + england.map(e -> ". England " + e.year() + ": " + SvgChart.format(e.value())).orElse("") + ".";
        String svg = SvgChart.render(id, measure.title(), description, new SvgChart.Series(
                rows.stream().map(Row::month).toList(), rows.stream().map(Row::value).toList(),
                measure.kind().axis(), measure.kind().line()), england, 640, 280);
        return new MeasureView(measure, rows, svg, england, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * The table's rows as HTML, latest month first, each figure linking to its children: written once per scope and
     * kept with the view (a five-year page has 60 rows a measure; writing them per request was most of its time).
     */
    public String body(String scopeKey) {
        return bodies.computeIfAbsent(scopeKey, key -> {
            StringBuilder html = new StringBuilder(rows.size() * 400);
            String base = "/insight/" + HtmlUtils.htmlEscape(key) + "/measures/" + HtmlUtils.htmlEscape(measure.id())
                    + "/months/";
            for (Row r : rowsLatestFirst()) {
                String shown = HtmlUtils.htmlEscape(r.shown());
                String label = HtmlUtils.htmlEscape(r.label());
                html.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
                        .append(label).append("</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                        .append("<a class=\"govuk-link\" href=\"").append(base).append(r.month())
                        .append("\" aria-label=\"").append(shown).append(", ").append(label)
                        .append(": the children behind it\">").append(shown).append("</a></td>");
                if (measure.kind().hasBase()) {
                    html.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                            .append(HtmlUtils.htmlEscape(measure.kind().counted(r.count(), r.base()))).append("</td>");
                }
                html.append("</tr>\n");
            }
            return html.toString();
        });
    }

    /** The latest month first is how people read a table of months. */
    public List<Row> rowsLatestFirst() {
        List<Row> latestFirst = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(latestFirst);
        return latestFirst;
    }
}
