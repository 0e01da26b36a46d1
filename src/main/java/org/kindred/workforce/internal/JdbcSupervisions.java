package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.kindred.workforce.Asye;
import org.kindred.workforce.Asyes;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.SupervisionRecord;
import org.kindred.workforce.Supervisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Supervision in SQL; the overdue list reads each supervisee's last session in one query. */
@Service
@RequiredArgsConstructor
class JdbcSupervisions implements Supervisions {
    private final JdbcClient jdbc;
    private final Staff staff;
    private final Asyes asyes;
    private final Users users;
    private final SupervisionDue policy;

    @Override
    public List<SupervisionRecord> of(long staffId) {
        StaffMember s = member(staffId);
        return jdbc.sql("""
                select id, supervisee_user_id, supervisee_name, supervisor_user_id, supervisor_name, held_on, notes,
                       recorded_by
                from workforce_supervision where supervisee_user_id = ? and held_on >= ? order by held_on desc, id desc""")
                .params(s.userId(), s.startDate())
                .query((rs, i) -> new SupervisionRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
                .list();
    }

    @Override
    public SupervisionRecord record(long staffId, long supervisorUserId, LocalDate heldOn, String notes) {
        StaffMember s = member(staffId);
        Problems p = new Problems();
        UserView supervisor = users.find(supervisorUserId).orElse(null);
        if (supervisor == null) p.add("supervisor", "Select who supervised");
        else if (supervisor.id() == s.userId()) p.add("supervisor", "A member of staff cannot supervise themselves");
        if (heldOn == null) p.add("heldOn", "Enter the date of the supervision");
        else if (heldOn.isBefore(s.startDate())) p.add("heldOn", "The supervision cannot be before " + s.displayName() + " started, on " + s.startDate());
        if (notes != null && notes.length() > 20_000) p.add("notes", "Notes must be 20,000 characters or fewer");
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into workforce_supervision (supervisee_user_id, supervisee_name, supervisor_user_id,
                    supervisor_name, held_on, notes, recorded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.userId(), s.displayName(), supervisor.id(), supervisor.displayName(), heldOn,
                        JdbcAsyes.blankToNull(notes), JdbcAsyes.by())
                .query(Long.class).single();
        return of(staffId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Override
    public LocalDate nextDue(long staffId, LocalDate today) {
        StaffMember s = member(staffId);
        LocalDate last = lastHeld(List.of(s.userId()), today).get(s.userId());
        return policy.next(s.role(), s.startDate(), last != null && !last.isBefore(s.startDate()) ? last : null,
                asyes.ofStaff(staffId).orElse(null));
    }

    @Override
    public List<Overdue> overdue(String team, LocalDate today) {
        List<StaffMember> holders = staff.inPost(today, team).stream().filter(s -> s.role().caseHolder()).toList();
        if (holders.isEmpty()) return List.of();
        Map<Long, LocalDate> last = lastHeld(holders.stream().map(StaffMember::userId).toList(), today);
        Map<Long, Asye> asye = new HashMap<>();
        asyes.all().forEach(a -> asye.put(a.staffId(), a));
        List<Overdue> out = new ArrayList<>();
        for (StaffMember s : holders) {
            LocalDate held = last.get(s.userId());
            if (held != null && held.isBefore(s.startDate())) held = null;
            LocalDate due = policy.next(s.role(), s.startDate(), held, asye.get(s.id()));
            if (due.isBefore(today)) out.add(new Overdue(s.id(), s.displayName(), s.team(), held, due));
        }
        out.sort(Comparator.comparing(Overdue::due).thenComparing(Overdue::name));
        return out;
    }

    private Map<Long, LocalDate> lastHeld(List<Long> userIds, LocalDate today) {
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                select supervisee_user_id, max(held_on) from workforce_supervision
                where supervisee_user_id = any(?) and held_on <= ? group by supervisee_user_id""")
                .params(userIds.toArray(Long[]::new), today)
                .query(rs -> { last.put(rs.getLong(1), rs.getObject(2, LocalDate.class)); });
        return last;
    }

    private StaffMember member(long staffId) {
        return staff.find(staffId).orElseThrow(() -> new NotFound("Staff record " + staffId));
    }
}
