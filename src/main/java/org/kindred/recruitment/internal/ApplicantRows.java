package org.kindred.recruitment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.kindred.recruitment.Applicant;
import org.kindred.recruitment.Stage;

/** An applicant row with its campaign's and vacancy's names. */
final class ApplicantRows {
    static final String SELECT = "select a.*, c.name as campaign, v.role || ', ' || v.team as vacancy "
            + "from recruitment_applicant a join recruitment_campaign c on c.id = a.campaign_id "
            + "left join recruitment_vacancy v on v.id = a.vacancy_id ";

    private ApplicantRows() {
    }

    static Applicant row(ResultSet rs, int n) throws SQLException {
        long vacancy = rs.getLong("vacancy_id");
        return new Applicant(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("campaign"),
                rs.wasNull() ? null : vacancy, rs.getString("vacancy"), rs.getString("name"), rs.getString("email"),
                Stage.valueOf(rs.getString("stage")), date(rs, "applied_on"), date(rs, "contact_due"),
                date(rs, "contacted_on"), date(rs, "shortlisted_on"), date(rs, "interviewed_on"), date(rs, "offered_on"),
                date(rs, "started_on"), date(rs, "withdrawn_on"), rs.getString("withdrawn_reason"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
