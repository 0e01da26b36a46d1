package org.kindred.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.access.UserView;
import org.kindred.recognition.Category;
import org.kindred.recognition.NewNomination;
import org.kindred.recognition.Nomination;
import org.kindred.recognition.NominationWindow;
import org.kindred.recognition.Nominations;
import org.kindred.recognition.RecognitionRoles.CanNominate;
import org.kindred.recognition.RecognitionRoles.CanRunCelebrations;
import org.kindred.recognition.TeamCount;
import org.kindred.shared.time.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcNominations implements Nominations {
    static final String COLUMNS = "select n.id, n.window_id, n.nominee_username, n.nominee_name, n.nominee_team, "
            + "n.nominator_name, n.category, n.message, n.nominated_at from recognition_nomination n ";
    private final JdbcClient jdbc;
    private final NominationCheck check;
    private final Clock clock;

    @Override
    @Transactional
    @CanNominate
    public Nomination nominate(NewNomination input) {
        CurrentUser me = CurrentUser.get();
        NominationCheck.Checked ok = check.check(input, me);
        NominationWindow window = ok.window();
        UserView nominee = ok.nominee();
        long id = jdbc.sql("insert into recognition_nomination (window_id, nominee_id, nominee_username, nominee_name, "
                        + "nominee_team, nominator_id, nominator_name, category, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(window.id(), nominee.id(), nominee.username(), nominee.displayName(), TeamOf.user(nominee),
                        me.id(), me.displayName(), ok.category() == null ? null : ok.category().name(), ok.message())
                .query(Long.class).single();
        return jdbc.sql(COLUMNS + "where n.id = ?").param(id).query(JdbcNominations::row).single();
    }

    @Override
    @CanNominate
    public List<Nomination> sent() {
        return jdbc.sql(COLUMNS + "where n.nominator_id = ? order by n.nominated_at desc, n.id desc")
                .param(CurrentUser.get().id()).query(JdbcNominations::row).list();
    }

    @Override
    @CanNominate
    public List<Nomination> received() {
        // The celebration is the moment of telling: before it, a nominee's own nominations stay hidden from them.
        return jdbc.sql(COLUMNS + "join recognition_window w on w.id = n.window_id "
                        + "where n.nominee_id = ? and w.celebration_on <= ? order by w.celebration_on desc, n.id")
                .params(CurrentUser.get().id(), UkTime.today(clock)).query(JdbcNominations::row).list();
    }

    @Override
    @CanRunCelebrations
    public List<TeamCount> countsByTeam(long windowId) {
        return jdbc.sql("select nominee_team as team, count(*) as nominations, count(distinct nominee_id) as nominees "
                        + "from recognition_nomination where window_id = ? group by nominee_team "
                        + "order by nominations desc, team")
                .param(windowId).query(TeamCount.class).list();
    }

    static Nomination row(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        return new Nomination(rs.getLong("id"), rs.getLong("window_id"), rs.getString("nominee_username"),
                rs.getString("nominee_name"), rs.getString("nominee_team"), rs.getString("nominator_name"),
                category == null ? null : Category.valueOf(category), rs.getString("message"),
                rs.getTimestamp("nominated_at").toInstant());
    }
}
