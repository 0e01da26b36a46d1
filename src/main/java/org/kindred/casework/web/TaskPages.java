package org.kindred.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.access.Teams;
import org.kindred.casework.NewTask;
import org.kindred.casework.Tasks;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's tasks with the form to set one (for a colleague in one's teams, or a team), and the user's own tasks. */
@Controller
@RequiredArgsConstructor
class TaskPages {
    private final Tasks tasks;
    private final People people;
    private final Teams teams;
    private final Clock clock;

    /** One choice of whom a task is for. */
    record Assignee(String value, String label) {
    }

    @GetMapping("/children/{id}/tasks")
    @CanReadCases
    String view(@PathVariable long id, Model model) {
        return view(id, new HashMap<>(DateInput.filled("due", LocalDate.now(clock).plusDays(7))), Map.of(), model);
    }

    @PostMapping("/children/{id}/tasks")
    @CanRecordCases
    String set(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            Problems problems = new Problems();
            LocalDate due = DateInput.from(form, "due").read(problems, "due", "The due date");
            problems.alongside(() -> tasks.set(id, new NewTask(form.get("title"), form.get("details"),
                    form.get("assignee"), due)));
            redirect.addFlashAttribute("set", true);
            return "redirect:/children/" + id + "/tasks";
        } catch (InvalidInput e) {
            return view(id, new HashMap<>(form), e.errors(), model);
        }
    }

    @PostMapping("/children/{id}/tasks/{taskId}/done")
    @CanRecordCases
    String done(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        try {
            tasks.done(id, taskId);
            redirect.addFlashAttribute("done", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("alreadyDone", true);
        }
        return "redirect:/children/" + id + "/tasks";
    }

    @GetMapping("/tasks")
    @CanReadCases
    String mine(Model model) {
        List<org.kindred.casework.Task> mine = tasks.mine();
        Map<Long, Person> children = people.findAll(mine.stream().map(org.kindred.casework.Task::childId).toList());
        model.addAttribute("tasks", mine);
        model.addAttribute("children", children);
        model.addAttribute("today", LocalDate.now(clock));
        return "casework/my-tasks";
    }

    private String view(long id, Map<String, String> form, Map<String, String> errors, Model model) {
        Person child = people.find(id).orElseThrow(() -> new NotFound("Child"));
        model.addAttribute("child", child);
        model.addAttribute("tasks", tasks.forChild(id));
        model.addAttribute("assignees", assignees());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "casework/tasks";
    }

    /** The people in the user's teams and the teams themselves (an administrator: every worker and team). */
    private List<Assignee> assignees() {
        CurrentUser me = CurrentUser.get();
        List<Teams.Team> mine = me.administrator() ? teams.list() : teams.of(me.id());
        List<Teams.Member> members = me.administrator() ? teams.allWorkers()
                : teams.members(mine.stream().map(Teams.Team::id).toList());
        List<Assignee> list = new ArrayList<>();
        list.add(new Assignee("user:" + me.id(), me.displayName() + " (me)"));
        members.stream().filter(m -> m.userId() != me.id()).map(m -> new Assignee("user:" + m.userId(),
                m.displayName() + " (" + m.team() + ")")).distinct().forEach(list::add);
        mine.forEach(t -> list.add(new Assignee("team:" + t.id(), "Team: " + t.name())));
        return list.stream().distinct().toList();
    }
}
