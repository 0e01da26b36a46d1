package org.kindred.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.sql.Timestamp;
import org.kindred.access.ApiTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issues API bearer tokens; only their SHA-256 is stored, so a leaked table grants nothing. */
@Component
class ApiTokenService implements ApiTokens {
    static final Duration LIFETIME = Duration.ofHours(8);
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    ApiTokenService(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public Issued issue(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(LIFETIME);
        jdbc.sql("insert into api_token (user_id, token_hash, expires_at) values (?, ?, ?)")
                .params(userId, hash(token), Timestamp.from(expires)).update();
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
