package org.kindred.returns.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.Decision;
import org.kindred.frontdoor.NewContact;
import org.kindred.frontdoor.PastReferral;
import org.kindred.frontdoor.PastReferrals;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of CIN census children whose episodes are referrals alone, in a few statements for them all (ADR
 * 0036): the ledger read once, the new children created together ({@link People#createAll}), the referrals recorded
 * together ({@link PastReferrals#recordAll}), the ledger written once. It decides each episode as the one-at-a-time
 * path does (CinImport.writeOne) and counts the same: an episode the front door would refuse is reported and not
 * written (its child is not created for it), one already in the ledger is counted and left.
 */
@Component
@RequiredArgsConstructor
class CinBatch {
    private final ImportLedger ledger;
    private final ImportPeople matching;
    private final People people;
    private final PastReferrals referrals;

    /** A child's person: known from the ledger, matched on the register, or to be created (id set once it is). */
    private static final class Person {
        Long id;

        Person(Long id) { this.id = id; }
    }

    private record Episode(Person child, PastReferral referral) {
    }

    private record Entry(String key, Person child) {
    }

    void write(List<CinChild> batch, int year, double threshold, ImportResult counted) {
        String r = CinImport.RETURN;
        Set<String> keys = new HashSet<>();
        batch.forEach(c -> c.episodes().forEach(e -> keys.add(c.key(e))));
        Set<String> done = new HashSet<>(ledger.present(r, keys));
        Map<String, Person> children = new HashMap<>();
        ledger.children(r, batch.stream().map(CinChild::childKey).toList()).forEach((k, id) -> children.put(k, new Person(id)));
        List<ChildFacts> created = new ArrayList<>();
        List<Person> createdAs = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (CinChild c : batch) {
            for (CinEpisodes.Episode e : c.episodes()) {
                String key = c.key(e);
                boolean imported = done.contains(key);
                PastReferral referral = referral(0L, e);
                if (!imported) {
                    Map<String, String> refused = referrals.refusal(referral);
                    if (!refused.isEmpty()) {
                        counted.problem(CinImport.problem(c, e, refused));
                        continue;
                    }
                }
                Person child = children.get(c.childKey());
                if (child != null) {
                    counted.alreadyImported("children");
                } else {
                    child = new Person(matching.matched(c.facts(), threshold));
                    if (child.id != null) {
                        counted.added("children matched on the register");
                    } else {
                        created.add(c.facts());
                        createdAs.add(child);
                        counted.added("children created on the register");
                    }
                    children.put(c.childKey(), child);
                }
                entries.add(new Entry(c.childKey(), child));
                if (imported) {
                    counted.alreadyImported("CIN episodes");
                    continue;
                }
                done.add(key);
                episodes.add(new Episode(child, referral));
                entries.add(new Entry(key, child));
                counted.added("referrals");
                if (!e.assessments().isEmpty()) {
                    counted.notImported("Assessments (no --worker given)", e.assessments().size());
                }
                counted.added("CIN episodes");
            }
        }
        List<Long> ids = people.createAll(created.stream().map(f -> ImportPeople.newPerson(r, f)).toList());
        for (int i = 0; i < ids.size(); i++) createdAs.get(i).id = ids.get(i);
        referrals.recordAll(episodes.stream().map(e -> referral(e.child().id, e.referral())).toList());
        ledger.addAll(r, year, entries.stream().map(e -> new ImportLedger.Entry(e.key(), e.child().id)).toList());
    }

    /** As CinEpisodeWriter records it: the contact "arrived" at 09:00 on the referral date, consent given. */
    private static PastReferral referral(long childId, CinEpisodes.Episode e) {
        String source = e.source() == null ? "10" : e.source();
        return new PastReferral(new NewContact(childId, null, source, CinEpisodeWriter.arrived(e.referralDate()),
                CinEpisodeWriter.IMPORTED, "GIVEN", null, false),
                new Decision("REFERRAL", CinEpisodeWriter.IMPORTED, e.referralDate(), e.primaryNeed()));
    }

    private static PastReferral referral(long childId, PastReferral r) {
        NewContact c = r.contact();
        return new PastReferral(new NewContact(childId, null, c.source(), c.receivedAt(), c.worry(), c.consent(),
                c.attachments(), c.urgent()), r.decision());
    }
}
