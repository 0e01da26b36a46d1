package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.kindred.access.SystemIdentity;
import org.kindred.person.People;
import org.kindred.person.SyntheticRegister;
import org.kindred.shared.demo.DemoStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * County-scale children in care (order 400): about 1,100 looked after now (a tenth with three or more placements
 * this year, about 6% unaccompanied asylum-seeking, some missing with return home interviews, a few reviews, visits,
 * health assessments and PEPs overdue), about 300 who left care this year (60 adopted), and about 500 care leavers
 * (relevant children who left care at 16, with pathway plans and OC3 at 17). Children come from the synthetic
 * register; their dates of birth are read through the People API as the demo-data identity.
 */
@Component
@RequiredArgsConstructor
class CareDemoStep implements DemoStep {
    /** Children in care by age band, roughly the national shape (DfE, Children looked after in England 2024). */
    private static final int[][] IN_CARE_BANDS = {{0, 0, 60}, {1, 4, 150}, {5, 9, 200}, {10, 15, 420}, {16, 17, 270}};
    private final SyntheticRegister register;
    private final People people;
    private final CareDemoRows rows;

    @Override
    public int order() { return 400; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        if (rows.hasData()) return "Care: already there";
        LocalDate today = context.today();
        Random random = new Random(context.seed() * 31 + 400);
        List<Long> taken = new ArrayList<>();
        Map<Long, LocalDate> dob = new HashMap<>();
        List<Long> inCare = new ArrayList<>();
        for (int[] band : IN_CARE_BANDS) inCare.addAll(sample(band[2], context.seed() + band[0], band[0], band[1], today, taken));
        List<Long> adopted = sample(60, context.seed() + 50, 1, 6, today, taken);
        List<Long> left = sample(240, context.seed() + 51, 0, 17, today, taken);
        List<Long> leavers = sample(650, context.seed() + 52, 16, 17, today, taken);
        SystemIdentity.as("demo-data", () -> {
            people.findAll(taken).forEach((id, person) -> dob.put(id, person.dateOfBirth()));
            return null;
        });
        CareDemoStories stories = new CareDemoStories(random, today);
        List<DemoChild> children = new ArrayList<>();
        for (long id : inCare) if (dob.containsKey(id)) children.add(stories.inCare(new DemoChild(id, dob.get(id))));
        for (long id : adopted) if (dob.containsKey(id)) children.add(stories.left(new DemoChild(id, dob.get(id)), true));
        for (long id : left) if (dob.containsKey(id)) children.add(stories.left(new DemoChild(id, dob.get(id)), false));
        int leaverCount = 0;
        for (long id : leavers) {
            if (leaverCount >= 500 || !dob.containsKey(id)) continue;
            DemoChild c = stories.leaver(new DemoChild(id, dob.get(id)));
            if (c != null) {
                children.add(c);
                leaverCount++;
            }
        }
        CareDemoRows.Counts counts = rows.insert(children, today, stories.year());
        return "Care: " + counts;
    }

    private List<Long> sample(int count, long seed, int from, int to, LocalDate today, List<Long> taken) {
        List<Long> ids = register.sampleChildren(count, seed, from, to, today, taken);
        taken.addAll(ids);
        return ids;
    }
}
