package org.kindred.insight;

import java.time.YearMonth;

/**
 * One month's figure: {@code count} children or events, out of {@code base} for a percentage or a rate (null for a
 * plain count). How it reads is the measure's kind ({@link MeasureKind#value(MonthFigure)}).
 */
public record MonthFigure(YearMonth month, long count, Long base) {

    public static MonthFigure of(YearMonth month, long count) { return new MonthFigure(month, count, null); }
}
