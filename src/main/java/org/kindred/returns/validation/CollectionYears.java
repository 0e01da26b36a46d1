package org.kindred.returns.validation;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Collection years, each named by the year it ends (31 March), and those Kindred has the DfE's rules for. Nothing
 * should ask for "the last complete year" without checking the rules are here: after 1 April 2027 that year is
 * 2026/27, for which no CIN census rules have been published yet (issue 12).
 */
public final class CollectionYears {
    private static final int FIRST = 2023;

    private CollectionYears() {
    }

    /** The latest collection year the rules in this release cover. */
    public static int latestWithRules(ReturnKind kind) {
        return switch (kind) {
            case SSDA903 -> 2027;
            case CIN -> 2026;
        };
    }

    /** The years with rules, newest first. */
    public static List<Integer> withRules(ReturnKind kind) {
        return IntStream.iterate(latestWithRules(kind), y -> y >= FIRST, y -> y - 1).boxed().toList();
    }

    /** The first day of the collection year ending in {@code year}: 1 April of the year before. */
    public static LocalDate start(int year) {
        return LocalDate.of(year - 1, Month.APRIL, 1);
    }

    /** The last day of the collection year {@code year}: 31 March. */
    public static LocalDate end(int year) {
        return LocalDate.of(year, Month.MARCH, 31);
    }

    /** The collection year that contains {@code day}: 1 April to 31 March, named by its end. */
    public static int containing(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() + 1 : day.getYear();
    }

    /** The collection year last completed before {@code today}. */
    public static int lastCompleteBefore(LocalDate today) {
        return containing(today) - 1;
    }
}
