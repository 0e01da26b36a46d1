package org.kindred.shared.loading;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * What Kindred still has to do before it can serve people well: the demo county being generated, the search index
 * being built. Modules say at construction what they will do (so Kindred is never "ready" in the gap between two
 * pieces of work), then report progress; readiness and the loading page read it (issue 12).
 */
@Component
public class StartupWork {
    private final List<Task> tasks = new CopyOnWriteArrayList<>();
    private final List<Runnable> whenFinished = new CopyOnWriteArrayList<>();

    /** A piece of start-up work, {@code weight} its share of the whole (say, expected seconds). */
    public Task expect(String name, int weight) {
        Task task = new Task(name, weight, this);
        tasks.add(task);
        return task;
    }

    /** Runs {@code action} once all work expected so far has finished (at once if it has). */
    public void whenFinished(Runnable action) {
        whenFinished.add(action);
        announceIfFinished();
    }

    private void announceIfFinished() {
        if (!finished()) return;
        for (Runnable action : whenFinished) {
            if (whenFinished.remove(action)) action.run();
        }
    }

    public boolean finished() {
        return tasks.stream().allMatch(Task::done);
    }

    /** Whole percent of the weighted work done, 100 when there is none. */
    public int percent() {
        double total = tasks.stream().mapToDouble(t -> t.weight).sum();
        if (total == 0) return 100;
        double done = tasks.stream().mapToDouble(t -> t.weight * t.fraction()).sum();
        return (int) Math.floor(100 * done / total);
    }

    /** The unfinished work by name, for the loading page. */
    public List<String> waitingFor() {
        return tasks.stream().filter(t -> !t.done()).map(t -> t.name).toList();
    }

    /** One piece of start-up work; thread-safe. */
    public static final class Task {
        private final String name;
        private final int weight;
        private final StartupWork owner;
        private volatile double fraction;

        private Task(String name, int weight, StartupWork owner) {
            this.name = name;
            this.weight = weight;
            this.owner = owner;
        }

        public void progress(double fraction) {
            this.fraction = Math.max(0, Math.min(1, fraction));
        }

        public void finish() {
            progress(1);
            owner.announceIfFinished();
        }

        public boolean done() {
            return fraction >= 1;
        }

        double fraction() {
            return fraction;
        }
    }
}
