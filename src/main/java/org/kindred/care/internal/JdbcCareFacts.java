package org.kindred.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.kindred.care.CareFacts;
import org.kindred.care.CategoryOfNeed;
import org.kindred.care.CheckKind;
import org.kindred.care.Coded;
import org.kindred.care.LeaverAccommodation;
import org.kindred.care.LeaverActivity;
import org.kindred.care.LeaverInTouch;
import org.kindred.care.LegalStatus;
import org.kindred.care.NewEpisodeReason;
import org.kindred.care.PlacementChangeReason;
import org.kindred.care.PlacementProvider;
import org.kindred.care.PlacementType;
import org.kindred.care.ReasonCeased;
import org.kindred.care.ReviewParticipation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The care module's facts for the returns: one query per table and period over every child. */
@Component
class JdbcCareFacts implements CareFacts {
    private final JdbcClient jdbc;

    JdbcCareFacts(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<EpisodeFact> episodes(LocalDate from, LocalDate to) {
        return period("""
                select child_id, decom, period_start, rne, ls, cin, place, place_provider, dec, rec, reason_place_change,
                       pl_post, urn
                from care_episode where decom <= :to and (dec is null or dec >= :from) order by child_id, decom""", from, to)
                .query((rs, n) -> new EpisodeFact(rs.getLong("child_id"), date(rs, "decom"), date(rs, "period_start"),
                        coded(NewEpisodeReason.class, rs, "rne"), coded(LegalStatus.class, rs, "ls"),
                        coded(CategoryOfNeed.class, rs, "cin"), coded(PlacementType.class, rs, "place"),
                        coded(PlacementProvider.class, rs, "place_provider"), date(rs, "dec"),
                        coded(ReasonCeased.class, rs, "rec"), coded(PlacementChangeReason.class, rs, "reason_place_change"),
                        rs.getString("pl_post"), rs.getString("urn"))).list();
    }

    @Override
    public List<ReviewFact> reviews(LocalDate from, LocalDate to) {
        return period("""
                select child_id, held_on, participation from care_review
                where deleted_at is null and held_on between :from and :to order by child_id, held_on""", from, to)
                .query((rs, n) -> new ReviewFact(rs.getLong(1), date(rs, "held_on"),
                        coded(ReviewParticipation.class, rs, "participation"))).list();
    }

    @Override
    public List<UascFact> uasc(LocalDate from, LocalDate to) {
        return period("""
                select child_id, duc from care_uasc where deleted_at is null
                and uasc_from <= :to and (duc is null or duc >= :from) order by child_id""", from, to)
                .query((rs, n) -> new UascFact(rs.getLong(1), date(rs, "duc"))).list();
    }

    @Override
    public List<OutcomeFact> outcomes(int year) {
        return jdbc.sql("""
                select child_id, sdq_score, sdq_reason, convicted, health_check, immunisations, substance_misuse,
                       intervention_received, intervention_offered from care_outcome where year = ? order by child_id""")
                .params(year).query((rs, n) -> new OutcomeFact(rs.getLong(1), (Integer) rs.getObject("sdq_score"),
                        rs.getString("sdq_reason"), flag(rs, "convicted"), flag(rs, "health_check"),
                        flag(rs, "immunisations"), flag(rs, "substance_misuse"), flag(rs, "intervention_received"),
                        flag(rs, "intervention_offered"))).list();
    }

    @Override
    public List<CheckFact> checks(CheckKind kind, LocalDate from, LocalDate to) {
        return period("""
                select child_id, held_on from care_check where kind = :kind and deleted_at is null
                and held_on between :from and :to order by child_id, held_on""", from, to).param("kind", kind.name())
                .query((rs, n) -> new CheckFact(rs.getLong(1), date(rs, "held_on"))).list();
    }

    @Override
    public List<LeaverOutcomeFact> leaverOutcomes() {
        return jdbc.sql("select child_id, age, in_touch, activ, accom from care_leaver_outcome order by child_id, age")
                .query((rs, n) -> new LeaverOutcomeFact(rs.getLong(1), rs.getInt(2), coded(LeaverInTouch.class, rs, "in_touch"),
                        coded(LeaverActivity.class, rs, "activ"), coded(LeaverAccommodation.class, rs, "accom"))).list();
    }

    @Override
    public List<AdoptionFact> adoptions(Collection<Long> childIds) {
        return jdbc.sql("""
                select child_id, date_int, date_match, foster_care, nb_adoptr, sex_adoptr, ls_adoptr
                from care_adoption where child_id = any(?) and deleted_at is null order by child_id""")
                .params((Object) childIds.toArray(new Long[0]))
                .query((rs, n) -> new AdoptionFact(rs.getLong(1), date(rs, "date_int"), date(rs, "date_match"),
                        rs.getBoolean("foster_care"), rs.getInt("nb_adoptr"), rs.getString("sex_adoptr"),
                        rs.getString("ls_adoptr"))).list();
    }

    @Override
    public List<PlacedForAdoptionFact> placedForAdoption(LocalDate from, LocalDate to) {
        return period("""
                select child_id, date_placed, date_placed_ceased, reason_placed_ceased from care_adoption_decision
                where deleted_at is null and date_placed <= :to
                  and (date_placed_ceased is null or date_placed_ceased >= :from) order by child_id, date_placed""", from, to)
                .query((rs, n) -> new PlacedForAdoptionFact(rs.getLong(1), date(rs, "date_placed"),
                        date(rs, "date_placed_ceased"), rs.getString("reason_placed_ceased"))).list();
    }

    @Override
    public List<PreviousPermanenceFact> previousPermanence(LocalDate from, LocalDate to) {
        return period("""
                select child_id, period_start, prev_perm, la_perm, date_perm from care_previous_permanence
                where period_start between :from and :to order by child_id, period_start desc""", from, to)
                .query((rs, n) -> new PreviousPermanenceFact(rs.getLong(1), date(rs, "period_start"),
                        rs.getString("prev_perm"), rs.getString("la_perm"), date(rs, "date_perm"))).list();
    }

    @Override
    public List<MissingFact> missing(LocalDate from, LocalDate to) {
        return period("""
                select child_id, kind, (started_at at time zone 'Europe/London')::date s,
                       (ended_at at time zone 'Europe/London')::date e from missing_episode
                where deleted_at is null
                  and (started_at at time zone 'Europe/London')::date <= :to
                  and (ended_at is null or (ended_at at time zone 'Europe/London')::date >= :from)
                order by child_id, started_at""", from, to)
                .query((rs, n) -> new MissingFact(rs.getLong(1), rs.getString(2), date(rs, "s"), date(rs, "e"))).list();
    }

    @Override
    public List<SocialWorkerFact> socialWorkers(LocalDate from, LocalDate to) {
        return period("""
                select child_id, sw_id, sw_decom, sw_dec, sw_reason from care_sw_episode
                where sw_decom <= :to and (sw_dec is null or sw_dec >= :from) order by child_id, sw_decom, id""", from, to)
                .query((rs, n) -> new SocialWorkerFact(rs.getLong(1), rs.getString(2), date(rs, "sw_decom"),
                        date(rs, "sw_dec"), rs.getString("sw_reason"))).list();
    }

    private JdbcClient.StatementSpec period(String sql, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("from", from).param("to", to);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        return (Boolean) rs.getObject(column);
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, ResultSet rs, String column) throws SQLException {
        return Coded.fromCode(type, rs.getString(column)).orElse(null);
    }
}
