package org.kindred.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.kindred.audit.AuditChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain in Java from the entries' fields (not with the database's own function, which whoever could
 * tamper with the rows could also replace), in chain order, streaming, and checks that no entry after the chain's
 * first is missing from it.
 */
@Service
class JdbcAuditChain implements AuditChain {
    private final JdbcClient jdbc;

    JdbcAuditChain(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    @Transactional(readOnly = true)
    public Result verify() {
        MessageDigest sha = sha256();
        String[] previous = {"genesis"};
        long[] checked = {0};
        String[] broken = {null};
        jdbc.sql("""
                select c.seq, c.entry_id, c.hash, e.id, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') at,
                       e.username, e.action, e.record_type, e.record_id, e.detail, e.request_id, e.client_address
                from audit_chain c left join audit_entry e on e.id = c.entry_id order by c.seq""").query(rs -> {
            if (broken[0] != null) return;
            long entry = rs.getLong("entry_id");
            if (rs.getObject("id") == null) {
                broken[0] = "link " + rs.getLong("seq") + ": audit entry " + entry + " has been removed";
                return;
            }
            String canonical = canonical(rs.getString("id"), rs.getString("at"), rs.getString("username"),
                    rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                    rs.getString("detail"), rs.getString("request_id"), rs.getString("client_address"));
            String hash = HexFormat.of().formatHex(sha.digest((previous[0] + "\n" + canonical)
                    .getBytes(StandardCharsets.UTF_8)));
            if (!hash.equals(rs.getString("hash"))) {
                broken[0] = "link " + rs.getLong("seq") + ": audit entry " + entry + " has been changed"
                        + " (or the chain before it rewritten)";
                return;
            }
            previous[0] = hash;
            checked[0]++;
        });
        if (broken[0] == null) {
            Optional<Long> unchained = jdbc.sql("""
                    select min(e.id) from audit_entry e
                    where e.id > (select coalesce(min(entry_id), 0) from audit_chain)
                      and not exists (select 1 from audit_chain c where c.entry_id = e.id)""")
                    .query(Long.class).optional().filter(java.util.Objects::nonNull);
            if (unchained.isPresent()) {
                broken[0] = "audit entry " + unchained.get() + " is not in the chain: added with its trigger switched off";
            }
        }
        return new Result(checked[0], Optional.ofNullable(broken[0]));
    }

    /** As the database's audit_entry_canonical: each field as length:text, a null as "-", joined by ";". */
    static String canonical(String... fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) s.append(';');
            String f = fields[i];
            // PostgreSQL counts characters; Java counts UTF-16 units: count code points, as the database does.
            s.append(f == null ? "-" : f.codePointCount(0, f.length()) + ":" + f);
        }
        return s.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
