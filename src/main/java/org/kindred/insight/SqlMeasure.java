package org.kindred.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A measure a module declares as two statements over its own tables: the monthly series (columns {@code month}, the
 * month's first day, {@code n}, and {@code base} for a share) and the children behind one month (columns
 * {@code child_id}, {@code on_date}, {@code detail}, {@code counted}). Both are bound with {@code :first} and
 * {@code :last} (the range's first and last day), {@code :scope_children} and {@code :bank_holidays}
 * ({@link Months}); {@code {scope}} in the text becomes the scope's condition on {@code childColumn}.
 */
@RequiredArgsConstructor
public final class SqlMeasure implements Measure {
    private final JdbcClient jdbc;
    private final Definition def;

    public record Definition(String id, String title, String definition, MeasureKind kind, String childColumn,
                             String seriesSql, String behindSql) {
    }

    /**
     * Events counted by the month of {@code day}: the rows of {@code rows} ("table alias where condition") whose
     * {@code day} falls in the month; each listed with {@code detail}, ordered by day then {@code order}.
     */
    public static SqlMeasure events(JdbcClient jdbc, String id, String title, String definition, String childColumn,
                                    String rows, String day, String detail, String order) {
        return new SqlMeasure(jdbc, new Definition(id, title, definition, MeasureKind.COUNT, childColumn,
                "select " + Months.monthOf(day) + " as month, count(*) as n from " + inMonths(rows, day) + " group by 1",
                behind(childColumn, rows, day, detail, "true", order)));
    }

    /** As {@link #events}, as the share (per cent) of the month's rows that meet {@code condition}. */
    public static SqlMeasure share(JdbcClient jdbc, String id, String title, String definition, String childColumn,
                                   String rows, String day, String condition, String detail, String order) {
        return new SqlMeasure(jdbc, new Definition(id, title, definition, MeasureKind.PERCENT, childColumn,
                "select " + Months.monthOf(day) + " as month, count(*) filter (where " + condition + ") as n,"
                        + " count(*) as base from " + inMonths(rows, day) + " group by 1",
                behind(childColumn, rows, day, detail, condition, order)));
    }

    private static String inMonths(String rows, String day) {
        return rows + " and " + day + " between :first and :last and {scope}";
    }

    private static String behind(String childColumn, String rows, String day, String detail, String counted,
                                 String order) {
        return "select " + childColumn + " as child_id, " + day + " as on_date, " + detail + " as detail, " + counted
                + " as counted from " + inMonths(rows, day) + " order by " + day + ", " + order;
    }

    @Override
    public String id() { return def.id(); }

    @Override
    public String title() { return def.title(); }

    @Override
    public String definition() { return def.definition(); }

    @Override
    public MeasureKind kind() { return def.kind(); }

    @Override
    public List<MonthFigure> series(Scope scope, YearMonth from, YearMonth to) {
        boolean withBase = def.kind().hasBase();
        List<MonthFigure> found = statement(def.seriesSql(), scope, from, to)
                .query((rs, n) -> new MonthFigure(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getLong("n"), withBase ? rs.getLong("base") : null)).list();
        return Months.fill(from, to, found, withBase);
    }

    @Override
    public List<ChildBehind> behind(Scope scope, YearMonth month) {
        return statement(def.behindSql(), scope, month, month)
                .query((rs, n) -> new ChildBehind(rs.getLong("child_id"), rs.getObject("on_date", LocalDate.class),
                        rs.getString("detail"), rs.getBoolean("counted"))).list();
    }

    private JdbcClient.StatementSpec statement(String sql, Scope scope, YearMonth from, YearMonth to) {
        return jdbc.sql(sql.replace("{scope}", scope.sqlFilter(def.childColumn())))
                .param("first", Months.first(from)).param("last", Months.last(to))
                .param("scope_children", scope.childArray())
                .param("bank_holidays", Months.bankHolidays(from, to));
    }
}
