package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kindred.earlyhelp.AgencyType;
import org.kindred.earlyhelp.Intervention;
import org.kindred.shared.childpage.ChildFact;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.kindred.shared.time.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's page: an open early help episode the child is a member of (with its lead professional among the key
 * professionals and an overdue assessment as an alert), and interventions waiting or started. Two small queries.
 */
@Component
class EarlyHelpChildPart implements ChildPageSource {
    private final JdbcClient jdbc;

    EarlyHelpChildPart(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public Optional<ChildPagePart> partFor(long childId, LocalDate today) {
        List<ChildFact> status = new ArrayList<>();
        List<ChildFact> alerts = new ArrayList<>();
        List<ChildFact> professionals = new ArrayList<>();
        jdbc.sql("""
                select e.id, e.started_on, e.lead_professional, e.lead_agency, e.assessment_due, e.assessment_completed_on
                from early_help_episode e join early_help_member m on m.episode_id = e.id
                where m.person_id = ? and e.closed_on is null order by e.started_on desc, e.id desc limit 1""")
                .params(childId).query(rs -> {
                    String link = JdbcEpisodes.link(rs.getLong(1));
                    status.add(ChildFact.of("Early help", "Since " + UkTime.written(rs.getObject(2, LocalDate.class)), link));
                    if (rs.getString(3) != null) {
                        professionals.add(ChildFact.of("Lead professional (early help)", rs.getString(3) + ", "
                                + AgencyType.valueOf(rs.getString(4)).label(), link));
                    }
                    LocalDate due = rs.getObject(5, LocalDate.class);
                    if (rs.getObject(6) == null && today.isAfter(due)) {
                        alerts.add(ChildFact.flag("Early help assessment", "Overdue since " + UkTime.written(due), link));
                    }
                });
        jdbc.sql("""
                select id, service, status, accepted_on, started_on from intervention_referral
                where child_id = ? and status in ('WAITING', 'STARTED') order by referred_on, id""")
                .params(childId).query(rs -> {
                    Intervention s = Intervention.valueOf(rs.getString(2));
                    boolean started = "STARTED".equals(rs.getString(3));
                    status.add(ChildFact.of(s.title(), (started ? "Started " + UkTime.written(rs.getObject(5, LocalDate.class))
                            : "Waiting since " + UkTime.written(rs.getObject(4, LocalDate.class))),
                            JdbcInterventions.link(rs.getLong(1))));
                });
        if (status.isEmpty()) return Optional.empty();
        return Optional.of(ChildPagePart.facts(45, status, alerts, professionals));
    }
}
