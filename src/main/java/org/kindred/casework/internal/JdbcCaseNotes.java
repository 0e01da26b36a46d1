package org.kindred.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.casework.CaseNote;
import org.kindred.casework.CaseNotes;
import org.kindred.casework.NoteInput;
import org.kindred.casework.NoteType;
import org.kindred.casework.NoteVersion;
import org.kindred.casework.SeenAlone;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service("caseworkNotes")
class JdbcCaseNotes implements CaseNotes {
    private final JdbcClient jdbc;
    private final VisibleChild visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcCaseNotes(JdbcClient jdbc, VisibleChild visible, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    @CanRecordCases
    public CaseNote add(long childId, NoteInput note) {
        visible.check(childId);
        NoteCheck.Valid v = NoteCheck.validate(note, clock.instant());
        long id = jdbc.sql("""
                insert into case_note (child_id, note_type, contact_at, seen, child_seen_alone, body, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, v.type().name(), Timestamp.from(v.contactAt()), v.seen(), v.seenAlone().name(),
                        v.text(), Timestamp.from(clock.instant()), CurrentUser.get().username())
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", "case_note", Long.toString(id),
                "child " + childId + ", " + v.type().label()));
        events.publishEvent(new ChronologyEntry(childId, v.contactAt(), v.type().label(),
                summary(v), "case_note", Long.toString(id), link(childId, id)));
        discardDraft(childId);
        return load(childId, id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public CaseNote correct(long childId, long noteId, NoteInput note, String reason) {
        visible.check(childId);
        CaseNote old = load(childId, noteId).orElseThrow(() -> new NotFound("Case note"));
        NoteCheck.Valid v;
        try {
            v = NoteCheck.validate(note, clock.instant());
        } catch (InvalidInput e) {
            throw withReason(e.errors(), reason);
        }
        if (reason == null || reason.isBlank()) throw withReason(Map.of(), reason);
        Instant now = clock.instant();
        String user = CurrentUser.get().username();
        jdbc.sql("""
                insert into case_note_version (note_id, version, note_type, contact_at, seen, child_seen_alone, body,
                    written_at, written_by, replaced_at, replaced_by, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(noteId, old.version(), old.type().name(), Timestamp.from(old.contactAt()), old.seen(),
                        old.seenAlone().name(), old.body(),
                        Timestamp.from(old.changedAt() != null ? old.changedAt() : old.createdAt()),
                        old.changedBy() != null ? old.changedBy() : old.createdBy(), Timestamp.from(now), user,
                        reason.trim())
                .update();
        jdbc.sql("""
                update case_note set note_type = ?, contact_at = ?, seen = ?, child_seen_alone = ?, body = ?,
                    version = version + 1, changed_at = ?, changed_by = ? where id = ?""")
                .params(v.type().name(), Timestamp.from(v.contactAt()), v.seen(), v.seenAlone().name(), v.text(),
                        Timestamp.from(now), user, noteId)
                .update();
        events.publishEvent(new AuditableAction("CORRECT", "case_note", Long.toString(noteId), reason.trim()));
        events.publishEvent(new ChronologyEntry(childId, now, "Correction",
                v.type().label() + " note corrected: " + reason.trim(),
                "case_note", Long.toString(noteId), link(childId, noteId)));
        return load(childId, noteId).orElseThrow();
    }

    private static InvalidInput withReason(Map<String, String> errors, String reason) {
        Map<String, String> all = new java.util.LinkedHashMap<>(errors);
        if (reason == null || reason.isBlank()) all.put("reason", "Enter why the note is being corrected");
        return new InvalidInput(all);
    }

    @Override
    @Transactional
    public Optional<CaseNote> find(long childId, long noteId) {
        visible.check(childId);
        Optional<CaseNote> note = load(childId, noteId);
        note.ifPresent(n -> events.publishEvent(new AuditableAction("VIEW", "case_note", Long.toString(noteId),
                "child " + childId)));
        return note;
    }

    @Override
    @Transactional
    public List<NoteVersion> versions(long childId, long noteId) {
        visible.check(childId);
        return jdbc.sql("""
                select v.* from case_note_version v join case_note n on n.id = v.note_id
                where v.note_id = ? and n.child_id = ? order by v.version desc""")
                .params(noteId, childId).query((rs, n) -> new NoteVersion(rs.getLong("note_id"), rs.getInt("version"),
                        NoteType.valueOf(rs.getString("note_type")), instant(rs, "contact_at"), rs.getString("seen"),
                        SeenAlone.valueOf(rs.getString("child_seen_alone")), NoteText.html(rs.getString("body")),
                        instant(rs, "written_at"), rs.getString("written_by"), instant(rs, "replaced_at"),
                        rs.getString("replaced_by"), rs.getString("reason"))).list();
    }

    @Override
    @Transactional
    public List<CaseNote> forChild(long childId) {
        visible.check(childId);
        List<CaseNote> notes = jdbc.sql("select * from case_note where child_id = ? order by contact_at desc, id desc")
                .params(childId).query(JdbcCaseNotes::map).list();
        events.publishEvent(new AuditableAction("LIST", "case_note", null, "child " + childId + ", "
                + notes.size() + " notes"));
        return notes;
    }

    @Override
    @Transactional
    public List<CaseNote> between(long childId, Instant from, Instant to) {
        visible.check(childId);
        return jdbc.sql("""
                select * from case_note where child_id = ? and contact_at >= ? and contact_at < ?
                order by contact_at desc, id desc""")
                .params(childId, Timestamp.from(from), Timestamp.from(to)).query(JdbcCaseNotes::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseNote> latest(long childId, int limit) {
        if (!visible.test(childId)) return List.of();
        return jdbc.sql("select * from case_note where child_id = ? order by contact_at desc, id desc limit ?")
                .params(childId, limit).query(JdbcCaseNotes::map).list();
    }

    @Override
    @Transactional
    @CanRecordCases
    public void saveDraft(long childId, Map<String, String> form) {
        visible.check(childId);
        jdbc.sql("""
                insert into case_note_draft (user_id, child_id, form, saved_at) values (?, ?, ?, ?)
                on conflict (user_id, child_id) do update set form = excluded.form, saved_at = excluded.saved_at""")
                .params(CurrentUser.get().id(), childId, FormJson.write(form), Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    @Transactional
    public Optional<Map<String, String>> draft(long childId) {
        visible.check(childId);
        return jdbc.sql("select form from case_note_draft where user_id = ? and child_id = ?")
                .params(CurrentUser.get().id(), childId).query(String.class).optional().map(FormJson::read);
    }

    @Override
    @Transactional
    public void discardDraft(long childId) {
        jdbc.sql("delete from case_note_draft where user_id = ? and child_id = ?")
                .params(CurrentUser.get().id(), childId).update();
    }

    private static String summary(NoteCheck.Valid v) {
        return v.type().label() + " (seen: " + v.seen() + "; " + v.seenAlone().label().toLowerCase() + "): "
                + NoteText.summary(v.text(), 160);
    }

    private static String link(long childId, long noteId) {
        return "/children/" + childId + "/notes/" + noteId;
    }

    private Optional<CaseNote> load(long childId, long id) {
        return jdbc.sql("select * from case_note where id = ? and child_id = ?").params(id, childId)
                .query(JdbcCaseNotes::map).optional();
    }

    private static CaseNote map(ResultSet rs, int n) throws SQLException {
        String body = rs.getString("body");
        return new CaseNote(rs.getLong("id"), rs.getLong("child_id"), NoteType.valueOf(rs.getString("note_type")),
                instant(rs, "contact_at"), rs.getString("seen"), SeenAlone.valueOf(rs.getString("child_seen_alone")),
                body, NoteText.html(body), rs.getInt("version"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "changed_at"), rs.getString("changed_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
