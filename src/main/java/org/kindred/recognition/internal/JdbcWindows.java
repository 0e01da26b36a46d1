package org.kindred.recognition.internal;

import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.recognition.NewWindow;
import org.kindred.recognition.NominationWindow;
import org.kindred.recognition.NominationWindows;
import org.kindred.recognition.RecognitionRoles.CanNominate;
import org.kindred.recognition.RecognitionRoles.CanRunCelebrations;
import org.kindred.shared.NotFound;
import org.kindred.shared.time.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcWindows implements NominationWindows {
    private static final String COLUMNS = "select id, name, opens_on, closes_on, celebration_on, opened_by from recognition_window ";
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    @Transactional
    @CanRunCelebrations
    public NominationWindow open(NewWindow window) {
        WindowCheck.check(window);
        long id = jdbc.sql("insert into recognition_window (name, opens_on, closes_on, celebration_on, opened_by) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .params(window.name().trim(), window.opensOn(), window.closesOn(), window.celebrationOn(),
                        CurrentUser.get().username())
                .query(Long.class).single();
        return find(id);
    }

    @Override
    @CanNominate
    public List<NominationWindow> list() {
        return jdbc.sql(COLUMNS + "order by celebration_on desc, id desc").query(NominationWindow.class).list();
    }

    @Override
    @CanNominate
    public NominationWindow find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(NominationWindow.class).optional()
                .orElseThrow(() -> new NotFound("Nomination window"));
    }

    @Override
    @CanNominate
    public List<NominationWindow> openToday() {
        return jdbc.sql(COLUMNS + "where ? between opens_on and closes_on order by closes_on, id")
                .param(UkTime.today(clock)).query(NominationWindow.class).list();
    }
}
