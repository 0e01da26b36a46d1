package org.kindred.casework.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.casework.CaseNotes;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes submitted after the session had ended. The request cannot say who sent it, so the note is kept under a
 * random key that only the sending browser holds (in a cookie); whoever signs in next in that browser claims it
 * as their draft, if they may see the child, and reviews it before saving. Unclaimed notes stay in the table
 * (nothing typed is lost) and an administrator can read them; a key is good for one claim within a day.
 */
@Component
public class ParkedNotes {
    static final Duration CLAIMABLE_FOR = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final CaseNotes notes;
    private final VisibleChild visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParkedNotes(JdbcClient jdbc, CaseNotes notes, VisibleChild visible, ApplicationEventPublisher events,
                Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.notes = notes;
        this.visible = visible;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Keeps the form; returns the key for the browser's cookie. */
    @Transactional
    public String park(long childId, Map<String, String> form) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into parked_submission (parked_key, child_id, form, parked_at) values (?, ?, ?, ?)")
                .params(key, childId, FormJson.write(form), Timestamp.from(clock.instant())).update();
        events.publishEvent(new AuditableAction("PARK", "case_note", null,
                "child " + childId + ": a note submitted after the session ended, kept until sign-in"));
        return key;
    }

    /**
     * The signed-in user claims the note parked under the key: it becomes their draft for the child. Empty when the
     * key is unknown, already claimed, too old, or the child is one the user may not see.
     */
    @Transactional
    public Optional<Long> claim(String key) {
        var parked = jdbc.sql("""
                select child_id, form from parked_submission
                where parked_key = ? and claimed_at is null and parked_at > ? for update""")
                .params(key, Timestamp.from(clock.instant().minus(CLAIMABLE_FOR)))
                .query((rs, n) -> Map.entry(rs.getLong("child_id"), rs.getString("form"))).optional();
        if (parked.isEmpty() || !visible.test(parked.get().getKey())) return Optional.empty();
        long childId = parked.get().getKey();
        jdbc.sql("update parked_submission set claimed_by = ?, claimed_at = ? where parked_key = ?")
                .params(CurrentUser.get().username(), Timestamp.from(clock.instant()), key).update();
        notes.saveDraft(childId, FormJson.read(parked.get().getValue()));
        events.publishEvent(new AuditableAction("CLAIM", "case_note", null,
                "child " + childId + ": a note kept while signed out, restored as a draft"));
        return Optional.of(childId);
    }
}
