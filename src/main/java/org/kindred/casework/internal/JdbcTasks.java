package org.kindred.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.access.Teams;
import org.kindred.access.Users;
import org.kindred.casework.NewTask;
import org.kindred.casework.Task;
import org.kindred.casework.Tasks;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service("caseworkTasks")
class JdbcTasks implements Tasks {
    private final JdbcClient jdbc;
    private final VisibleChild visible;
    private final Users users;
    private final Teams teams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcTasks(JdbcClient jdbc, VisibleChild visible, Users users, Teams teams, ApplicationEventPublisher events,
              Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.users = users;
        this.teams = teams;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    @CanRecordCases
    public Task set(long childId, NewTask task) {
        visible.check(childId);
        TaskCheck.Valid v = TaskCheck.validate(task, LocalDate.now(clock.withZone(NoteCheck.UK)));
        if (v.userId() != null && users.find(v.userId()).filter(u -> u.enabled()).isEmpty()
                || v.teamId() != null && teams.find(v.teamId()).isEmpty()) {
            throw InvalidInput.of("assignee", "Select who the task is for");
        }
        CurrentUser me = CurrentUser.get();
        long id = jdbc.sql("""
                insert into task (child_id, title, details, due, assigned_user_id, assigned_team_id, set_by_user_id,
                                  set_by, set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, v.title(), v.details(), v.due(), v.userId(), v.teamId(), me.id(), me.username(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", "task", Long.toString(id), "child " + childId + ", for "
                + (v.userId() != null ? "user " + v.userId() : "team " + v.teamId())));
        events.publishEvent(new TaskSet(id, childId, v.title(), v.userId(), v.teamId(), me.id()));
        return load(childId, id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public Task done(long childId, long taskId) {
        visible.check(childId);
        Task task = load(childId, taskId).orElseThrow(() -> new NotFound("Task"));
        if (!task.open()) throw InvalidInput.of("task", "This task is already done");
        CurrentUser me = CurrentUser.get();
        jdbc.sql("update task set done_at = ?, done_by = ? where id = ? and done_at is null")
                .params(Timestamp.from(clock.instant()), me.username(), taskId).update();
        events.publishEvent(new AuditableAction("COMPLETE", "task", Long.toString(taskId), "child " + childId));
        return load(childId, taskId).orElseThrow();
    }

    @Override
    @Transactional
    public List<Task> forChild(long childId) {
        visible.check(childId);
        List<Task> tasks = named(jdbc.sql("select * from task where child_id = ? order by done_at nulls first, due, id")
                .params(childId).query(JdbcTasks::map).list());
        events.publishEvent(new AuditableAction("LIST", "task", null, "child " + childId + ", " + tasks.size()
                + " tasks"));
        return tasks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> openFor(long childId) {
        if (!visible.test(childId)) return List.of();
        return named(jdbc.sql("select * from task where child_id = ? and done_at is null order by due, id")
                .params(childId).query(JdbcTasks::map).list());
    }

    @Override
    @Transactional
    public List<Task> mine() {
        CurrentUser me = CurrentUser.get();
        List<Long> myTeams = teams.of(me.id()).stream().map(Teams.Team::id).toList();
        List<Task> tasks = jdbc.sql("""
                select * from task where done_at is null
                  and (assigned_user_id = :me or assigned_team_id = any(:teams))
                order by due, id""")
                .param("me", me.id()).param("teams", myTeams.toArray(Long[]::new))
                .query(JdbcTasks::map).list();
        List<Task> visibleTasks = new java.util.ArrayList<>(tasks);
        var hidden = visible.hiddenAmong(tasks.stream().map(Task::childId).toList());
        visibleTasks.removeIf(t -> hidden.contains(t.childId()));
        events.publishEvent(new AuditableAction("LIST", "task", null, "my tasks: " + visibleTasks.size()));
        return named(visibleTasks);
    }

    Optional<Task> load(long childId, long id) {
        return jdbc.sql("select * from task where id = ? and child_id = ?").params(id, childId)
                .query(JdbcTasks::map).optional().map(t -> named(List.of(t)).get(0));
    }

    /** The people's and teams' names in place of their ids. */
    private List<Task> named(List<Task> tasks) {
        if (tasks.isEmpty()) return tasks;
        Map<Long, String> teamNames = teams.list().stream()
                .collect(Collectors.toMap(Teams.Team::id, Teams.Team::name, (a, b) -> a));
        Map<Long, String> userNames = tasks.stream().map(Task::assignedUserId).filter(java.util.Objects::nonNull)
                .distinct().collect(Collectors.toMap(Function.identity(),
                        id -> users.find(id).map(u -> u.displayName()).orElse("a former member of staff")));
        return tasks.stream().map(t -> new Task(t.id(), t.childId(), t.title(), t.details(), t.due(),
                t.assignedUserId(), t.assignedTeamId(), t.assignedUserId() != null ? userNames.get(t.assignedUserId())
                : teamNames.getOrDefault(t.assignedTeamId(), "a team"), t.setBy(), t.setAt(), t.doneAt(), t.doneBy()))
                .toList();
    }

    private static Task map(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("child_id"), rs.getString("title"), rs.getString("details"),
                rs.getObject("due", LocalDate.class), (Long) rs.getObject("assigned_user_id"),
                (Long) rs.getObject("assigned_team_id"), null, rs.getString("set_by"),
                JdbcCaseNotes.instant(rs, "set_at"), JdbcCaseNotes.instant(rs, "done_at"), rs.getString("done_by"));
    }
}
