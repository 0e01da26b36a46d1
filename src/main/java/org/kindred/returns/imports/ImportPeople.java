package org.kindred.returns.imports;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.person.Ethnicity;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.kindred.person.RegisterSearch;
import org.kindred.person.SearchCandidate;
import org.springframework.stereotype.Component;

/**
 * Finds the register's record for a child in a past return, or creates one. A child imported before (any year) keeps
 * the record the ledger remembers; otherwise the register's best candidate is taken at or above the threshold.
 */
@Component
@RequiredArgsConstructor
class ImportPeople {
    /** The matching engine's default threshold (docs/matching.md), chosen on FEBRL dataset 2. */
    static final double DEFAULT_THRESHOLD = 0.95;
    private final People people;
    private final RegisterSearch search;
    private final ImportLedger ledger;

    /** The person's id; {@code result} counts whether the child was matched, created or known from a past import. */
    long matchOrCreate(String returnName, int year, ChildFacts child, double threshold, ImportResult result) {
        String key = "Child|" + child.laChildId();
        Long known = ledger.child(returnName, key).orElse(null);
        if (known != null) {
            ledger.add(returnName, year, key, known);
            result.alreadyImported("children");
            return known;
        }
        NewPerson person = newPerson(returnName, child);
        Long matched = matched(child, threshold);
        long id;
        if (matched != null) {
            id = matched;
            result.added("children matched on the register");
        } else {
            id = people.create(person).id();
            result.added("children created on the register");
        }
        ledger.add(returnName, year, key, id);
        return id;
    }

    /** The person a child new to the ledger is created as: returns carry no names. */
    static NewPerson newPerson(String returnName, ChildFacts child) {
        return new NewPerson("CHILD", "Not known", "Imported " + returnName.toUpperCase() + " child " + child.laChildId(),
                child.dateOfBirth(), null,
                child.sex() == null ? "UNKNOWN" : child.sex().name(),
                Ethnicity.fromCode(child.ethnicity()).map(Enum::name).orElse(null), null, child.upn(),
                null, null, null, null);
    }

    /**
     * The register's record for a child new to the ledger, or null to create one. Without a UPN no candidate can be
     * the same child (see sameChild), so the register is not searched (a county census gives most children none).
     */
    Long matched(ChildFacts child, double threshold) {
        if (child.upn() == null) return null;
        NewPerson person = newPerson("", child);
        List<SearchCandidate> candidates = candidates(new NewPerson(person.kind(), null, null, person.dateOfBirth(),
                null, person.sex(), person.ethnicity(), null, person.upn(), null, null, null, null));
        return !candidates.isEmpty() && sameChild(candidates.get(0), child, threshold) ? candidates.get(0).person().id() : null;
    }

    /**
     * Returns carry no names, and a county register holds about ten children for each date of birth and sex: a
     * probability from those alone would join strangers. So a match must also agree on the UPN.
     */
    private static boolean sameChild(SearchCandidate candidate, ChildFacts child, double threshold) {
        return candidate.probability() >= threshold && child.upn() != null
                && child.upn().equalsIgnoreCase(candidate.person().upn());
    }

    /** The register's search index builds in the background when Kindred starts: wait for it. */
    private List<SearchCandidate> candidates(NewPerson example) {
        for (int attempt = 0; ; attempt++) {
            try {
                return search.likelyMatches(example, 1);
            } catch (RegisterSearch.Starting e) {
                if (attempt > 30) throw e;
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
