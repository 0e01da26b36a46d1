package org.kindred.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.care.Coded;
import org.kindred.care.LegalStatus;
import org.kindred.care.PlacementType;
import org.kindred.shared.childpage.ChildFact;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's page: looked after (legal status, placement type, since), a care leaver, missing now, UASC, and the
 * personal adviser. One query over the care tables the care module keeps current (care_due, care_episode).
 */
@Component
@RequiredArgsConstructor
class CareChildPart implements ChildPageSource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final JdbcClient jdbc;

    private record Row(boolean lookedAfter, boolean leaver, LocalDate periodStart, String legalStatus, String place,
                       OffsetDateTime missingSince, String missingKind, LocalDate uascFrom, String adviser) {
    }

    @Override
    public Optional<ChildPagePart> partFor(long childId, LocalDate today) {
        Row r = jdbc.sql("""
                select coalesce(d.looked_after, false), coalesce(d.leaver, false), e.period_start, e.ls, e.place,
                       m.started_at, m.kind,
                       (select u.uasc_from from care_uasc u where u.child_id = :id and u.deleted_at is null limit 1),
                       (select a.adviser from care_leaver_adviser a where a.child_id = :id
                           order by a.from_date desc, a.id desc limit 1)
                from (select 1) one
                left join lateral (select * from care_due where child_id = :id order by id desc limit 1) d on true
                left join lateral (select period_start, ls, place from care_episode where child_id = :id and dec is null
                                   order by decom desc limit 1) e on true
                left join lateral (select started_at, kind from missing_episode where child_id = :id and ended_at is null
                                   and deleted_at is null order by started_at limit 1) m on true""")
                .param("id", childId).query(CareChildPart::row).single();
        String care = "/children/" + childId + "/care";
        List<ChildFact> status = new ArrayList<>();
        List<ChildFact> alerts = new ArrayList<>();
        List<ChildFact> people = new ArrayList<>();
        if (r.lookedAfter() && r.legalStatus() != null) {
            status.add(ChildFact.of("Looked after", label(LegalStatus.class, r.legalStatus()) + "; "
                    + label(PlacementType.class, r.place()) + "; since " + DAY.format(r.periodStart()), care));
        }
        if (r.leaver()) status.add(ChildFact.of("Care leaver", "Entitled to leaving care support", care));
        if (r.missingSince() != null) {
            alerts.add(ChildFact.flag("M".equals(r.missingKind()) ? "Missing now" : "Away from placement now",
                    "Since " + WHEN.format(r.missingSince().atZoneSameInstant(LONDON)), care));
        }
        if (r.uascFrom() != null) {
            alerts.add(ChildFact.flag("Unaccompanied asylum-seeking child", "Since " + DAY.format(r.uascFrom()),
                    care));
        }
        if (r.adviser() != null) people.add(ChildFact.of("Personal adviser", r.adviser(), care));
        if (status.isEmpty() && alerts.isEmpty() && people.isEmpty()) return Optional.empty();
        return Optional.of(ChildPagePart.facts(30, status, alerts, people));
    }

    private static <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
        return Coded.fromCode(type, code).map(Coded::label).orElse(code);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getBoolean(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getString(9));
    }
}
