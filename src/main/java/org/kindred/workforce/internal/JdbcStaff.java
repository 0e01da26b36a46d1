package org.kindred.workforce.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.Post;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffEntry;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employment records in SQL; accounts through access's {@link Users}, never its tables. */
@Service
@RequiredArgsConstructor
class JdbcStaff implements Staff {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Users users;
    private final StaffCache cache;

    @Override
    public List<StaffMember> inPost(LocalDate day, String team) {
        return all().stream().filter(s -> s.inPostOn(day) && (team == null || team.equals(s.team())))
                .sorted(Comparator.comparing(StaffMember::team).thenComparing(StaffMember::displayName)).toList();
    }

    @Override
    public List<StaffMember> all() {
        return cache.get(() -> jdbc.sql(StaffRows.SELECT + " order by start_date, id").query(StaffRows::map).list());
    }

    @Override
    public Optional<StaffMember> find(long id) {
        return jdbc.sql(StaffRows.SELECT + " where id = ?").param(id).query(StaffRows::map).optional();
    }

    @Override
    @Transactional
    public StaffMember record(StaffEntry entry) {
        StaffCheck.validate(entry, users.teams(), true);
        String username = entry.username().trim();
        UserView account = users.find(username).orElseGet(() -> users.create(new NewUser(username,
                entry.displayName().trim(), randomPassword(), Set.of(accountRole(entry.role())),
                Set.of(entry.team())), by()));
        boolean open = jdbc.sql("select exists (select 1 from workforce_employment where user_id = ? and leaving_date is null)")
                .param(account.id()).query(Boolean.class).single();
        if (open) {
            throw InvalidInput.of("username", username + " already has an employment record without a leaving date");
        }
        long id = jdbc.sql("""
                insert into workforce_employment (user_id, username, display_name, team, employment_type, staff_role,
                    grade, fte, start_date, swe_number, swe_renewal, qualification_institution, agency_name,
                    agency_day_rate_pence, contract_end, created_by)
                values (:user, :username, :name, :team, :type, :role, :grade, :fte, :start, :swe, :renewal, :qual,
                    :agency, :rate, :contractEnd, :by) returning id""")
                .param("user", account.id()).param("username", account.username())
                .params(columns(entry)).param("by", by()).query(Long.class).single();
        cache.clear();
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public StaffMember change(long id, StaffEntry entry) {
        StaffMember was = require(id);
        StaffCheck.validate(entry, users.teams(), false);
        jdbc.sql("""
                update workforce_employment set display_name = :name, team = :team, employment_type = :type,
                    staff_role = :role, grade = :grade, fte = :fte, start_date = :start, swe_number = :swe,
                    swe_renewal = :renewal, qualification_institution = :qual, agency_name = :agency,
                    agency_day_rate_pence = :rate, contract_end = :contractEnd, changed_at = now(), changed_by = :by
                where id = :id""").params(columns(entry)).param("by", by()).param("id", was.id()).update();
        cache.clear();
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public StaffMember leave(long id, LocalDate leavingDate, LeavingReason reason) {
        StaffMember was = require(id);
        org.kindred.shared.Problems p = new org.kindred.shared.Problems();
        if (leavingDate == null) p.add("leavingDate", "Enter the leaving date");
        else if (leavingDate.isBefore(was.startDate())) p.add("leavingDate", "They cannot leave before they started (" + was.startDate() + ")");
        if (reason == null) p.add("leavingReason", "Choose why they are leaving");
        p.throwIfAny();
        jdbc.sql("""
                update workforce_employment set leaving_date = ?, leaving_reason = ?, changed_at = now(), changed_by = ?
                where id = ?""").params(leavingDate, reason.name(), by(), id).update();
        cache.clear();
        return find(id).orElseThrow();
    }

    @Override
    public void deactivate(long id) {
        users.disable(require(id).username());
    }

    @Override
    public List<Post> posts() {
        return jdbc.sql("select team, establishment_fte from workforce_post order by team")
                .query((rs, n) -> new Post(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    @Override
    @Transactional
    public void setPost(String team, BigDecimal establishmentFte) {
        if (team == null || !users.teams().contains(team)) throw InvalidInput.of("team", "Choose a team");
        if (establishmentFte == null || establishmentFte.signum() < 0) {
            throw InvalidInput.of("establishmentFte", "Enter the funded posts in FTE, e.g. 8.5");
        }
        jdbc.sql("""
                insert into workforce_post (team, establishment_fte, changed_by) values (?, ?, ?)
                on conflict (team) do update set establishment_fte = excluded.establishment_fte,
                    changed_at = now(), changed_by = excluded.changed_by""")
                .params(team, establishmentFte, by()).update();
        cache.clear();
    }

    @Override
    public List<String> teams() {
        return users.teams();
    }

    private StaffMember require(long id) {
        return find(id).orElseThrow(() -> new NotFound("No employment record " + id));
    }

    private static java.util.Map<String, Object> columns(StaffEntry e) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("name", e.displayName().trim());
        m.put("team", e.team());
        m.put("type", e.type().name());
        m.put("role", e.role().name());
        m.put("grade", blankToNull(e.grade()));
        m.put("fte", e.fte());
        m.put("start", e.startDate());
        m.put("swe", blankToNull(e.sweNumber()) == null ? null : e.sweNumber().trim().toUpperCase());
        m.put("renewal", e.sweRenewal());
        m.put("qual", blankToNull(e.qualificationInstitution()));
        m.put("agency", blankToNull(e.agencyName()));
        m.put("rate", e.agencyDayRatePence());
        m.put("contractEnd", e.contractEnd());
        return m;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    /** The account's role in Kindred follows the staff role: managers manage, everyone else holds cases. */
    static Role accountRole(StaffRole role) {
        return role.manager() ? Role.TEAM_MANAGER : Role.SOCIAL_WORKER;
    }

    /** Nobody knows it: the account cannot sign in until an administrator sets a password. */
    private static String randomPassword() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String by() {
        return CurrentUser.find().map(CurrentUser::username).orElse("system");
    }
}
