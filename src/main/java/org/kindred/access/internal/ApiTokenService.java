package org.kindred.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import lombok.RequiredArgsConstructor;
import org.kindred.access.ApiTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issues API bearer tokens; only their SHA-256 is stored, so a leaked table grants nothing. */
@Component
@RequiredArgsConstructor
class ApiTokenService implements ApiTokens {
    static final Duration LIFETIME = Duration.ofHours(8);
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMINISTRATOR') or #username == authentication.name")
    public java.util.List<TokenView> list(String username) {
        return jdbc.sql("""
                select t.id, u.username, t.created_at, t.expires_at, t.revoked_at, t.revoked_by
                from api_token t join app_user u on u.id = t.user_id
                where u.username = ? and t.expires_at > now() order by t.created_at desc""").param(username)
                .query((rs, n) -> new TokenView(rs.getLong("id"), rs.getString("username"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
                        rs.getString("revoked_by"))).list();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    @org.kindred.access.CaseRoles.AnyStaffRole
    public void revoke(long tokenId) {
        org.kindred.access.CurrentUser me = org.kindred.access.CurrentUser.get();
        // Someone else's token does not exist for a user who is not an administrator: the same answer as none.
        String owner = jdbc.sql("""
                select u.username from api_token t join app_user u on u.id = t.user_id
                where t.id = ? and (u.id = ? or ?)""").params(tokenId, me.id(), me.administrator())
                .query(String.class).optional().orElseThrow(() -> new org.kindred.shared.NotFound("Token"));
        jdbc.sql("update api_token set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
                .params(me.username(), tokenId).update();
        events.publishEvent(new org.kindred.shared.AccountEvent(owner, "TOKEN_REVOKED", me.username(), "token " + tokenId));
    }

    @Override
    public Issued issue(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(LIFETIME);
        long id = jdbc.sql("insert into api_token (user_id, token_hash, expires_at) values (?, ?, ?) returning id")
                .params(userId, hash(token), Timestamp.from(expires)).query(Long.class).single();
        String username = jdbc.sql("select username from app_user where id = ?").param(userId).query(String.class).single();
        events.publishEvent(new org.kindred.shared.AccountEvent(username, "TOKEN_ISSUED", username, "token " + id));
        return new Issued(token, expires);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
