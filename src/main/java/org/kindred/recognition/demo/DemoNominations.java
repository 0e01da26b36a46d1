package org.kindred.recognition.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.kindred.access.UserView;
import org.kindred.recognition.Category;
import org.kindred.shared.demo.Columns;

/** Believable nominations between demo staff: some colleagues are nominated often, most once or twice. */
final class DemoNominations {
    private static final String[] WHAT = {
        "stayed late to make sure a child was placed safely with people she knew",
        "always puts the child's voice at the centre of every plan",
        "supported our newly qualified workers through their first year with patience and humour",
        "turned round a difficult conference so the family felt heard",
        "covered three caseloads during the winter without a word of complaint",
        "built trust with a teenager no one else could reach",
        "made our team meetings a place where people ask for help",
        "kept brothers and sisters together against the odds",
        "wrote the clearest assessment I have read this year",
        "found a foster family for a sibling group of four"};
    private static final String[] OPEN = {"Thank you: ", "I nominate them because they ", "Every week they ", "This year they "};

    private DemoNominations() {
    }

    static Columns columns() {
        return new Columns("recognition_nomination", "window_id bigint", "nominee_id bigint", "nominee_username text",
                "nominee_name text", "nominee_team text", "nominator_id bigint", "nominator_name text", "category text",
                "message text", "nominated_at timestamptz");
    }

    static void add(Columns rows, Random random, List<UserView> staff, long window, int count, LocalDate from, int days) {
        for (int i = 0; i < count; i++) {
            // Squaring the draw favours the first colleagues: a few are nominated many times, as in a real year.
            UserView nominee = staff.get((int) (Math.pow(random.nextDouble(), 2) * staff.size()));
            UserView nominator = staff.get(random.nextInt(staff.size()));
            if (nominator.id() == nominee.id()) nominator = staff.get((staff.indexOf(nominee) + 1) % staff.size());
            Category category = random.nextInt(4) == 0 ? null : Category.values()[random.nextInt(Category.values().length)];
            String message = OPEN[random.nextInt(OPEN.length)] + WHAT[random.nextInt(WHAT.length)] + ".";
            rows.add(window, nominee.id(), nominee.username(), nominee.displayName(),
                    nominee.teams().stream().sorted().findFirst().orElse("No team"), nominator.id(),
                    nominator.displayName(), category == null ? null : category.name(), message,
                    RecognitionDemoStep.at(from.plusDays(random.nextInt(days)), random));
        }
    }
}
