package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import java.util.List;
import org.kindred.earlyhelp.EarlyHelpFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Early help's facts for the returns, one query over every child. */
@Component
class JdbcEarlyHelpFacts implements EarlyHelpFacts {
    private final JdbcClient jdbc;

    JdbcEarlyHelpFacts(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<AssessmentFact> assessments(LocalDate from, LocalDate to) {
        // An assessment not completed by the close ended with the episode; it still counts while open in the period.
        return jdbc.sql("""
                select m.person_id, e.started_on, e.assessment_completed_on, e.lead_agency
                from early_help_episode e join early_help_member m on m.episode_id = e.id and m.is_child
                where e.started_on <= ? and coalesce(e.assessment_completed_on, e.closed_on, ?) >= ?
                order by m.person_id, e.started_on, e.id""")
                .params(to, to, from)
                .query((rs, n) -> new AssessmentFact(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), EpisodeRows.agency(rs.getString(4))))
                .list();
    }
}
