package org.kindred.fostering.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Three years of enquiries from four campaigns and from people who heard some other way. "Grow Together, Foster A
 * Child" lifts its enquiries by about 37% in the last year against the year before (the county's 36.6%). Each
 * enquiry goes as far down the funnel as a draw says, with national-looking rates (England 2024: about 7 in 100
 * enquiries become applications, 1.5 approvals), and one that stalled long ago is closed as withdrawn or refused.
 */
final class DemoEnquiries {
    /** Campaign code (null: no campaign) and its enquiries in each of the three years, oldest first. */
    static final Object[][] PLAN = {
            {"GROW", new int[] {118, 150, 205}}, {"FORTNIGHT", new int[] {92, 96, 94}},
            {"BUSSTOP", new int[] {61, 55, 58}}, {"WORD", new int[] {38, 44, 47}}, {null, new int[] {85, 80, 83}}};
    static final String[] HEARD = {"Social media", "A friend, family member or foster carer", "A search engine", "Radio or television"};
    static final String[] WITHDRAWN = {"Decided the time is not right", "Moving house", "Family circumstances changed",
            "Chose another fostering agency", "No longer in contact"};
    static final String[] REFUSED = {"Health check: not suitable at present", "References raised concerns",
            "Accommodation not suitable for a child"};

    /** One enquiry's row: the dates reached (null when not), and how it ended. */
    record Row(String campaign, String heardVia, String source, String name, String postcode, LocalDate received,
               LocalDate[] stages, String stage, LocalDate closedOn, String closedKind, String closedReason) {
    }

    private DemoEnquiries() {
    }

    static List<Row> generate(Random r, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        LocalDate start = today.minusYears(3).plusDays(1);
        for (Object[] plan : PLAN) {
            String campaign = (String) plan[0];
            int[] perYear = (int[]) plan[1];
            for (int year = 0; year < 3; year++) {
                for (int i = 0; i < perYear[year]; i++) {
                    LocalDate received = start.plusYears(year).plusDays(r.nextInt(365));
                    if (received.isAfter(today)) received = today;
                    rows.add(row(r, today, campaign, received));
                }
            }
        }
        return rows;
    }

    /** Rates of going on from each stage to the next: first response, visit, application, checks, Stage 1, Form F, panel, approval. */
    private static final double[] ON = {0.96, 0.32, 0.30, 0.90, 0.85, 0.85, 0.97, 0.95};
    /** Typical days each stage takes after the one before. */
    private static final int[][] DAYS = {{0, 2}, {7, 21}, {14, 45}, {10, 40}, {5, 14}, {90, 150}, {14, 40}, {2, 9}};
    static final String[] STAGE_AFTER = {"FIRST_RESPONSE", "INITIAL_VISIT", "APPLICATION", "STAGE_ONE", "STAGE_TWO",
            "FORM_F", "PANEL", "APPROVED"};

    private static Row row(Random r, LocalDate today, String campaign, LocalDate received) {
        LocalDate[] stages = new LocalDate[8];
        LocalDate at = received;
        String stage = "ENQUIRY";
        for (int s = 0; s < 8; s++) {
            if (r.nextDouble() >= ON[s]) break;
            LocalDate next = at.plusDays(DAYS[s][0] + r.nextInt(DAYS[s][1] - DAYS[s][0] + 1));
            if (next.isAfter(today)) break;
            stages[s] = next;
            at = next;
            stage = STAGE_AFTER[s];
        }
        String closedKind = null;
        String reason = null;
        LocalDate closed = null;
        if (!"APPROVED".equals(stage) && at.isBefore(today.minusDays(120))) {
            closed = at.plusDays(30 + r.nextInt(60));
            boolean refused = stages[2] != null && r.nextInt(4) == 0;
            closedKind = refused ? "REFUSED" : "WITHDRAWN";
            reason = refused ? REFUSED[r.nextInt(REFUSED.length)] : WITHDRAWN[r.nextInt(WITHDRAWN.length)];
            stage = closedKind;
        }
        String heard = campaign == null ? HEARD[r.nextInt(HEARD.length)] : null;
        String source = r.nextInt(3) == 0 ? "PHONE" : r.nextInt(5) == 0 ? "EVENT" : "PUBLIC";
        return new Row(campaign, heard, source, DemoNames.adult(r), DemoNames.postcode(r), received, stages, stage,
                closed, closedKind, reason);
    }
}
