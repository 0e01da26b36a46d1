package org.kindred.fostering.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kindred.fostering.FosteringMeasures.MonthCount;

/** Enquiries by campaign (rows) and month (columns), for the chart and the table beside it. Public for the page. */
public record MonthGrid(List<String> campaigns, List<YearMonth> months, long[][] values) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");

    public List<String> labels() { return months.stream().map(m -> m.format(MONTH)).toList(); }

    public long total(int campaign) {
        long t = 0;
        for (long v : values[campaign]) t += v;
        return t;
    }

    static MonthGrid of(List<MonthCount> rows) {
        TreeSet<String> campaigns = new TreeSet<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        rows.forEach(r -> {
            campaigns.add(r.campaign());
            months.add(r.month());
        });
        List<String> cs = new ArrayList<>(campaigns);
        List<YearMonth> ms = new ArrayList<>(months);
        long[][] values = new long[cs.size()][ms.size()];
        for (MonthCount r : rows) values[cs.indexOf(r.campaign())][ms.indexOf(r.month())] = r.enquiries();
        return new MonthGrid(cs, ms, values);
    }
}
