package org.kindred.person.matching.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;

/**
 * Turns a register record into what a caller might tell the front door. Each corruption is
 * applied independently with the probability shown; a query always gets at least one:
 * nickname 15%, given-name typo 20%, family-name typo 20%, surname change 10% (a previous
 * name if the register knows one, else a new surname it does not know), day/month swap 10%,
 * one-digit date typo 5%, moved house (new postcode) 15%, postcode missing 15%, date of birth
 * missing 5%, sex missing 20%; the NHS number is given in only 20% of queries.
 * A typo is one random insertion, deletion, substitution or swap of neighbouring letters.
 */
final class QueryCorruptor {

    private final Random rng;
    private final Map<String, List<String>> nicknames;
    private final WeightedNames surnames;

    QueryCorruptor(long seed, Map<String, List<String>> nicknames, WeightedNames surnames) {
        this.rng = new Random(seed);
        this.nicknames = nicknames;
        this.surnames = surnames;
    }

    PersonRecord corrupt(PersonRecord truth) {
        PersonRecord.Builder q = truth.toBuilder().previousNames(List.of()).upn(null);
        int applied = 0;
        List<String> nicks = nicknames.get(truth.givenNames().toLowerCase());
        if (nicks != null && chance(0.15)) {
            q.givenNames(SyntheticRegister.capitalise(nicks.get(rng.nextInt(nicks.size()))));
            applied++;
        } else if (chance(0.20)) {
            q.givenNames(typo(truth.givenNames()));
            applied++;
        }
        if (chance(0.10)) {
            q.familyName(truth.previousNames().isEmpty() ? SyntheticRegister.capitalise(surnames.draw(rng))
                    : truth.previousNames().get(0));
            applied++;
        } else if (chance(0.20)) {
            q.familyName(typo(truth.familyName()));
            applied++;
        }
        applied += corruptDate(q, truth.dateOfBirth());
        if (chance(0.15)) {
            q.postcode(null);
            applied++;
        } else if (chance(0.15)) {
            q.postcode("ZZ" + rng.nextInt(99) + " " + rng.nextInt(10) + "QQ");
            applied++;
        }
        if (chance(0.20)) {
            q.sex(null);
        }
        if (!chance(0.20)) {
            q.nhsNumber(null);
        }
        if (applied == 0) {
            q.givenNames(typo(truth.givenNames()));
        }
        return q.build();
    }

    private int corruptDate(PersonRecord.Builder q, DateOfBirth dob) {
        if (dob.day() <= 12 && dob.day() != dob.month() && chance(0.10)) {
            q.dateOfBirth(new DateOfBirth(dob.year(), dob.day(), dob.month(), false));
            return 1;
        }
        if (chance(0.05)) {
            int day = dob.day() % 10 == 9 ? dob.day() - 1 : dob.day() + 1;
            q.dateOfBirth(new DateOfBirth(dob.year(), dob.month(), day, false));
            return 1;
        }
        if (chance(0.05)) {
            q.dateOfBirth(null);
            return 1;
        }
        return 0;
    }

    private boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    String typo(String word) {
        if (word.length() < 3) {
            return word + (char) ('a' + rng.nextInt(26));
        }
        StringBuilder s = new StringBuilder(word);
        int at = 1 + rng.nextInt(word.length() - 2);
        char letter = (char) ('a' + rng.nextInt(26));
        switch (rng.nextInt(4)) {
            case 0 -> s.setCharAt(at, letter);
            case 1 -> s.deleteCharAt(at);
            case 2 -> s.insert(at, letter);
            default -> {
                char c = s.charAt(at);
                s.setCharAt(at, s.charAt(at + 1));
                s.setCharAt(at + 1, c);
            }
        }
        return s.toString();
    }
}
