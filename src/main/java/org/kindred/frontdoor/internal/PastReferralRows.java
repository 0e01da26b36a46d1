package org.kindred.frontdoor.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contacts already decided as referrals, and their referrals, in four statements however many: the ids taken from
 * the sequences first (so each referral knows its contact), then each table inserted from arrays. The rows are those
 * JdbcContacts' record and decide leave: decided now by the user, a referral needing no authorisation.
 */
@Repository
class PastReferralRows {
    record Row(long childId, ValidContact contact, ValidDecision decision) {
    }

    record Ids(List<Long> contacts, List<Long> referrals) {
    }

    private final JdbcClient jdbc;

    PastReferralRows(JdbcClient jdbc) { this.jdbc = jdbc; }

    Ids insert(List<Row> rows, Instant now, String who) {
        int n = rows.size();
        List<Long> contacts = ids("contact", n);
        List<Long> referrals = ids("referral", n);
        Long[] child = new Long[n];
        String[] source = new String[n], received = new String[n], worry = new String[n], consent = new String[n],
                attachments = new String[n], reason = new String[n], referralDate = new String[n], need = new String[n];
        Boolean[] urgent = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            child[i] = r.childId();
            source[i] = r.contact().source().code();
            received[i] = r.contact().receivedAt().toString();
            worry[i] = r.contact().worry();
            consent[i] = r.contact().consent().name();
            attachments[i] = r.contact().attachments();
            urgent[i] = r.contact().urgent();
            reason[i] = r.decision().reason();
            referralDate[i] = r.decision().referralDate().toString();
            need[i] = r.decision().primaryNeed().name();
        }
        jdbc.sql("""
                insert into contact (id, child_id, source, received_at, worry, consent, attachments, urgent, created_by,
                                     decision, decision_reason, decided_at, decided_by, needs_authorisation)
                select i, c, s, r, w, k, a, u, :who, 'REFERRAL', d, :at, :who, false
                from unnest(:id::bigint[], :child::bigint[], :source::text[], :received::timestamptz[], :worry::text[],
                            :consent::text[], :attachments::text[], :urgent::boolean[], :reason::text[])
                     as x(i, c, s, r, w, k, a, u, d)""")
                .param("id", contacts.toArray(Long[]::new)).param("child", child).param("source", source)
                .param("received", received).param("worry", worry).param("consent", consent)
                .param("attachments", attachments).param("urgent", urgent).param("reason", reason)
                .param("who", who).param("at", Timestamp.from(now)).update();
        jdbc.sql("""
                insert into referral (id, contact_id, child_id, referral_date, source, primary_need, created_by)
                select i, k, c, d, s, p, :who
                from unnest(:id::bigint[], :contact::bigint[], :child::bigint[], :date::date[], :source::text[],
                            :need::text[]) as x(i, k, c, d, s, p)""")
                .param("id", referrals.toArray(Long[]::new)).param("contact", contacts.toArray(Long[]::new))
                .param("child", child).param("date", referralDate).param("source", source).param("need", need)
                .param("who", who).update();
        return new Ids(contacts, referrals);
    }

    private List<Long> ids(String table, int n) {
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, n).query(Long.class).list();
    }
}
