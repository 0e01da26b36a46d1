package org.kindred.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.kindred.workforce.Asye;
import org.kindred.workforce.AsyeOutcome;
import org.kindred.workforce.AsyeReviewKind;
import org.kindred.workforce.Asyes;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ASYEs and their reviews in SQL: one read joins every ASYE to its reviews. */
@Service
@RequiredArgsConstructor
class JdbcAsyes implements Asyes {
    private static final String SELECT = """
            select a.id, a.employment_id, e.user_id, e.display_name, e.team, a.start_date,
                   r.review, r.held_on, r.outcome, r.notes, r.recorded_by
            from workforce_asye a join workforce_employment e on e.id = a.employment_id
            left join workforce_asye_review r on r.asye_id = a.id""";
    private final JdbcClient jdbc;
    private final Staff staff;

    @Override
    public Optional<Asye> ofStaff(long staffId) {
        return read(SELECT + " where a.employment_id = ? order by a.id, r.held_on", staffId).stream().findFirst();
    }

    @Override
    public List<Asye> all() {
        return read(SELECT + " order by a.id, r.held_on");
    }

    @Override
    @Transactional
    public Asye start(long staffId, LocalDate start) {
        StaffMember s = staff.find(staffId).orElseThrow(() -> new NotFound("Staff record " + staffId));
        if (start == null) throw InvalidInput.of("startDate", "Enter the date the ASYE started");
        if (start.isBefore(s.startDate())) {
            throw InvalidInput.of("startDate", "The ASYE cannot start before " + s.displayName() + " started, on " + s.startDate());
        }
        if (ofStaff(staffId).isPresent()) throw InvalidInput.of("startDate", s.displayName() + " already has an ASYE");
        jdbc.sql("insert into workforce_asye (employment_id, start_date, created_by) values (?, ?, ?)")
                .params(staffId, start, by()).update();
        return ofStaff(staffId).orElseThrow();
    }

    @Override
    @Transactional
    public Asye recordReview(long staffId, AsyeReviewKind kind, LocalDate heldOn, AsyeOutcome outcome, String notes) {
        Asye asye = ofStaff(staffId).orElseThrow(() -> new NotFound("ASYE of staff record " + staffId));
        Problems p = new Problems();
        if (kind == null) p.add("review", "Select which review this is");
        else if (asye.review(kind).isPresent()) p.add("review", "The " + kind.label() + " is already recorded");
        if (heldOn == null && !p.has("heldOn")) p.add("heldOn", "Enter the date of the review");
        else if (heldOn != null && heldOn.isBefore(asye.start())) p.add("heldOn", "The review cannot be before the ASYE started, on " + asye.start());
        if (outcome == null) p.add("outcome", "Select the outcome of the review");
        else if (kind != null && !outcome.fits(kind)) p.add("outcome", kind == AsyeReviewKind.FINAL
                ? "The final review is passed or not passed" : "A 3- or 6-month review is on track or has concerns");
        if (notes != null && notes.length() > 10_000) p.add("notes", "Notes must be 10,000 characters or fewer");
        p.throwIfAny();
        jdbc.sql("""
                insert into workforce_asye_review (asye_id, review, held_on, outcome, notes, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(asye.id(), kind.name(), heldOn, outcome.name(), blankToNull(notes), by()).update();
        return ofStaff(staffId).orElseThrow();
    }

    private List<Asye> read(String sql, Object... params) {
        Map<Long, Asye> out = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            long id = rs.getLong("id");
            Asye a = out.computeIfAbsent(id, k -> row(rs));
            if (rs.getString("review") != null) {
                a.reviews().add(new Asye.Review(AsyeReviewKind.valueOf(rs.getString("review")),
                        rs.getObject("held_on", LocalDate.class), AsyeOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("notes"), rs.getString("recorded_by")));
            }
        });
        return out.values().stream().map(a -> new Asye(a.id(), a.staffId(), a.userId(), a.name(), a.team(), a.start(),
                List.copyOf(a.reviews()))).toList();
    }

    private static Asye row(ResultSet rs) {
        try {
            return new Asye(rs.getLong("id"), rs.getLong("employment_id"), rs.getLong("user_id"),
                    rs.getString("display_name"), rs.getString("team"), rs.getObject("start_date", LocalDate.class),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    static String by() { return CurrentUser.find().map(CurrentUser::username).orElse("system"); }
}
