package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.List;
import org.kindred.care.Coded;
import org.kindred.care.CareDetail;
import org.kindred.care.CareDetail.AdoptionDecision;
import org.kindred.care.CareDetail.Check;
import org.kindred.care.CareDetail.FamilyContact;
import org.kindred.care.CheckKind;
import org.kindred.care.LeaverAccommodation;
import org.kindred.care.LeaverActivity;
import org.kindred.care.LeaverInTouch;
import org.kindred.care.NextDue;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one child's health, education, UASC, leaving care, adoption and social worker rows. */
final class DetailRows {
    private final JdbcClient jdbc;

    DetailRows(JdbcClient jdbc) { this.jdbc = jdbc; }

    CareDetail load(long id, NextDue due) {
        return new CareDetail(id,
                list("select id, kind, held_on from care_check where child_id = ? and deleted_at is null order by held_on, id", id,
                        rs -> new Check(rs.getLong(1), CheckKind.valueOf(rs.getString(2)), date(rs, 3))),
                list("""
                        select year, sdq_score, sdq_reason, convicted, health_check, immunisations, substance_misuse,
                               intervention_received, intervention_offered from care_outcome where child_id = ? order by year""", id,
                        rs -> new CareDetail.Outcome(rs.getInt(1), (Integer) rs.getObject(2), rs.getString(3), bool(rs, 4),
                                bool(rs, 5), bool(rs, 6), bool(rs, 7), bool(rs, 8), bool(rs, 9))),
                list("select uasc_from, duc from care_uasc where child_id = ? and deleted_at is null", id,
                        rs -> new CareDetail.Uasc(date(rs, 1), date(rs, 2))).stream().findFirst().orElse(null),
                list("select id, contacted_on, with_whom, how, note from care_family_contact where child_id = ? and deleted_at is null order by contacted_on desc", id,
                        rs -> new FamilyContact(rs.getLong(1), date(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5))),
                list("select adviser, from_date from care_leaver_adviser where child_id = ? order by from_date desc, id desc", id,
                        rs -> new CareDetail.Adviser(rs.getString(1), date(rs, 2))),
                list("select age, in_touch, activ, accom from care_leaver_outcome where child_id = ? order by age", id,
                        rs -> new CareDetail.LeaverOutcome(rs.getInt(1), Coded.fromCode(LeaverInTouch.class, rs.getString(2)).orElseThrow(),
                                Coded.fromCode(LeaverActivity.class, rs.getString(3)).orElseThrow(),
                                Coded.fromCode(LeaverAccommodation.class, rs.getString(4)).orElseThrow())),
                list("""
                        select date_int, date_match, foster_care, nb_adoptr, sex_adoptr, ls_adoptr from care_adoption
                        where child_id = ? and deleted_at is null""", id,
                        rs -> new CareDetail.Adoption(date(rs, 1), date(rs, 2), rs.getBoolean(3), rs.getInt(4), rs.getString(5),
                                rs.getString(6))).stream().findFirst().orElse(null),
                list("""
                        select id, date_placed, date_placed_ceased, reason_placed_ceased from care_adoption_decision
                        where child_id = ? and deleted_at is null order by date_placed""", id,
                        rs -> new AdoptionDecision(rs.getLong(1), date(rs, 2), date(rs, 3), rs.getString(4))),
                list("select period_start, prev_perm, la_perm, date_perm from care_previous_permanence where child_id = ? order by period_start", id,
                        rs -> new CareDetail.PreviousPermanence(date(rs, 1), rs.getString(2), rs.getString(3), date(rs, 4))),
                list("select sw_id, sw_decom, sw_dec, sw_reason from care_sw_episode where child_id = ? order by sw_decom, id", id,
                        rs -> new CareDetail.SocialWorkerEpisode(rs.getString(1), date(rs, 2), date(rs, 3), rs.getString(4))),
                due.leavingCare(), new CareDetail.Due(due.health(), due.pep(), due.pathwayPlan()));
    }

    private <T> List<T> list(String sql, long id, Row<T> row) {
        return jdbc.sql(sql).param(id).query((rs, n) -> row.map(rs)).list();
    }

    interface Row<T> {
        T map(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static LocalDate date(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    private static Boolean bool(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return (Boolean) rs.getObject(i);
    }
}
