package org.kindred.insight;

import java.time.YearMonth;
import java.util.List;

/**
 * One measure a module contributes to the insight pages: a monthly series counted in set-based SQL by the module
 * that owns the facts, the definition shown beside it, and the children behind any month's figure.
 */
public interface Measure {

    /** Stable id, "module.name", used in addresses, the England figures file and the CSV files. */
    String id();

    /** Heading, in plain words ("Re-referrals within 12 months"). */
    String title();

    /** How it is counted, in plain words, with the source of the definition (the DfE's, where there is one). */
    String definition();

    MeasureKind kind();

    /** One figure per month from {@code from} to {@code to} (months with nothing count 0), one query. */
    List<MonthFigure> series(Scope scope, YearMonth from, YearMonth to);

    /** The children counted in one month's figure (for a rate, every child in its base, marked counted or not). */
    List<ChildBehind> behind(Scope scope, YearMonth month);
}
