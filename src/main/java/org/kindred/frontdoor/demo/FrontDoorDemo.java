package org.kindred.frontdoor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.chronology.Chronology;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.person.SyntheticRegister;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.demo.Columns;
import org.kindred.shared.demo.DemoStep;
import org.kindred.shared.time.UkTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's county-scale year: about 12,000 contacts, 5,000 referrals (about 22% re-referrals), their
 * assessments (about 100 still open, some overdue) and about 40 contacts waiting for a decision now, with every step
 * on the children's chronologies; no contact about a child comes before the child's birth. Set-based inserts; does
 * nothing when contacts already exist.
 */
@Component
@RequiredArgsConstructor
class FrontDoorDemo implements DemoStep {
    static final int DECIDED = 11_960;
    static final int OPEN = 40;
    static final int OPEN_ASSESSMENTS = 100;
    private static final int BABIES_A_QUARTER = 150;
    private final JdbcTemplate jdbc;
    private final SyntheticRegister register;
    private final Chronology chronology;

    @Override
    public int order() { return 200; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        Long existing = jdbc.queryForObject("select count(*) from contact", Long.class);
        if (existing != null && existing > 0) return "Front door: " + existing + " contacts already there";
        LocalDate today = context.today();
        Instant endOfDay = today.atTime(LocalTime.of(17, 0)).atZone(UkTime.ZONE).toInstant();
        Instant now = Instant.now().isBefore(endOfDay) && !Instant.now().isBefore(endOfDay.minusSeconds(86_400))
                ? Instant.now() : endOfDay;
        Map<Long, LocalDate> bornBy = new HashMap<>();
        List<Long> children = children(today, context.seed() + 200, bornBy);
        if (children.isEmpty()) return "Front door: no children on the register";
        FrontDoorYear year = new FrontDoorYear(today, now, context.seed() + 200, children, bornBy)
                .generate(DECIDED, OPEN, OPEN_ASSESSMENTS);
        int n = year.contacts.size();
        FrontDoorRows rows = new FrontDoorRows(Columns.reserveIds(jdbc, "contact_id_seq", n),
                Columns.reserveIds(jdbc, "referral_id_seq", n), Columns.reserveIds(jdbc, "single_assessment_id_seq", n));
        List<ChronologyEntry> entries = new ArrayList<>();
        rows.write(year, today, entries);
        rows.contacts.insertInto(jdbc);
        rows.referrals.insertInto(jdbc);
        rows.assessments.insertInto(jdbc);
        chronology.recordAll(entries);
        return "Front door: " + rows.contacts.size() + " contacts (" + OPEN + " open), " + rows.referrals.size()
                + " referrals (" + rows.reReferrals + " re-referrals), " + rows.assessments.size() + " assessments ("
                + rows.openAssessments + " open, " + rows.overdue + " overdue), " + entries.size() + " chronology entries";
    }

    /**
     * About 11,000 children: most born before the year began, and some babies born during it (a sample of those
     * aged 0 on each quarter's end is born by then: {@code bornBy}), spread through the list.
     */
    private List<Long> children(LocalDate today, long seed, Map<Long, LocalDate> bornBy) {
        List<Long> children = new ArrayList<>(register.sampleChildren(11_000 - 4 * BABIES_A_QUARTER, seed, 0, 16,
                today.minusDays(366), List.of()));
        List<Long> babies = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            LocalDate by = q == 4 ? today.minusDays(2) : today.minusDays(366 - 91L * q);
            List<Long> exclude = new ArrayList<>(children);
            exclude.addAll(babies);
            for (long baby : register.sampleChildren(BABIES_A_QUARTER, seed + q, 0, 0, by, exclude)) {
                bornBy.put(baby, by);
                babies.add(baby);
            }
        }
        int size = children.size();
        for (int i = babies.size() - 1; i >= 0; i--) {
            children.add((int) ((long) (i + 1) * size / (babies.size() + 1)), babies.get(i));
        }
        return children;
    }
}
