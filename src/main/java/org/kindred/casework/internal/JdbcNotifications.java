package org.kindred.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.casework.Notification;
import org.kindred.casework.Notifications;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications are the user's own messages, not case data: reading one marks it read; none is ever deleted. A
 * message names what happened and links to it; the page it links to audits the view of the child.
 */
@Service("caseworkNotifications")
class JdbcNotifications implements Notifications {
    private final JdbcClient jdbc;
    private final JdbcOperations batch;
    private final VisibleChild visible;
    private final Clock clock;

    JdbcNotifications(JdbcClient jdbc, JdbcOperations batch, VisibleChild visible, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.visible = visible;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** One message for one user about one child. */
    record Notice(long userId, long childId, String kind, String message, String link) {
    }

    /** Many messages at once, as one batch of inserts (a county's history of allocations). */
    void tellEach(List<Notice> notices) {
        if (notices.isEmpty()) return;
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate("insert into notification (user_id, child_id, kind, message, link, created_at) values (?, ?, ?, ?, ?, ?)",
                notices.stream().map(n -> new Object[] {n.userId(), n.childId(), n.kind(), n.message(), n.link(), now}).toList());
    }

    /** Tells each user once (a user in two of the teams told is told once). */
    void tell(Collection<Long> userIds, long childId, String kind, String message, String link) {
        tellEach(userIds.stream().distinct().map(u -> new Notice(u, childId, kind, message, link)).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public int unreadCount() {
        // On every page: the unread rows' children (few), then the register's one visibility check over them.
        return CurrentUser.find().map(u -> {
            List<Long> children = jdbc.sql("select coalesce(child_id, 0) from notification where user_id = ? and read_at is null")
                    .params(u.id()).query(Long.class).list();
            var hidden = visible.hiddenAmong(children.stream().filter(c -> c != 0).distinct().toList());
            return (int) children.stream().filter(c -> !hidden.contains(c)).count();
        }).orElse(0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> mine() {
        record Row(long childId, Notification notification) {
        }
        List<Row> rows = jdbc.sql("select * from notification where user_id = ? order by created_at desc, id desc limit 100")
                .params(CurrentUser.get().id())
                .query((rs, n) -> new Row(rs.getLong("child_id"), new Notification(rs.getLong("id"), rs.getString("kind"),
                        rs.getString("message"), rs.getString("link"), JdbcCaseNotes.instant(rs, "created_at"),
                        JdbcCaseNotes.instant(rs, "read_at")))).list();
        var hidden = visible.hiddenAmong(rows.stream().map(Row::childId).filter(c -> c != 0).distinct().toList());
        return rows.stream().filter(r -> !hidden.contains(r.childId())).map(Row::notification).toList();
    }

    @Override
    @Transactional
    public Optional<String> read(long id) {
        long me = CurrentUser.get().id();
        jdbc.sql("update notification set read_at = ? where id = ? and user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id, me).update();
        return jdbc.sql("select link from notification where id = ? and user_id = ?").params(id, me)
                .query(String.class).optional();
    }

    @Override
    @Transactional
    public void readAll() {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), CurrentUser.get().id()).update();
    }
}
