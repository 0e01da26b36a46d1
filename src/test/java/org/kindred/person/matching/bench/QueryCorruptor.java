package org.kindred.person.matching.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;

/**
 * Turns a register record into what a caller might tell the front door. Every query carries
 * one corruption (60%) or two different ones (40%), drawn with these weights: given-name typo 20,
 * family-name typo 20, nickname 15 (falls back to a typo if the name has none), surname change 10
 * (the previous name when the register knows one, otherwise a new surname the register does
 * not know), day/month swap 10 (falls back to a one-digit date typo when the day is over 12),
 * one-digit date typo 5, moved house (a new postcode) 10, postcode missing 5, date of birth missing 5.
 * Independently, sex is missing in 20% of queries and the NHS number is given in only 20%.
 * A typo is one random insertion, deletion, substitution or swap of neighbouring letters.
 */
final class QueryCorruptor {

    private static final String[] KINDS = {"given typo", "family typo", "nickname", "surname change",
        "day/month swap", "date typo", "moved", "no postcode", "no date"};
    private static final int[] WEIGHTS = {20, 20, 15, 10, 10, 5, 10, 5, 5};
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
        int first = kind();
        apply(first, q, truth);
        if (chance(0.4)) {
            int second = kind();
            while (second == first) {
                second = kind();
            }
            apply(second, q, truth);
        }
        if (chance(0.20)) {
            q.sex(null);
        }
        if (!chance(0.20)) {
            q.nhsNumber(null);
        }
        return q.build();
    }

    private int kind() {
        int point = rng.nextInt(java.util.Arrays.stream(WEIGHTS).sum());
        int i = 0;
        while (point >= WEIGHTS[i]) {
            point -= WEIGHTS[i++];
        }
        return i;
    }

    private void apply(int kind, PersonRecord.Builder q, PersonRecord truth) {
        DateOfBirth dob = truth.dateOfBirth();
        List<String> nicks = nicknames.get(truth.givenNames().toLowerCase());
        switch (KINDS[kind]) {
            case "given typo" -> q.givenNames(typo(truth.givenNames()));
            case "family typo" -> q.familyName(typo(truth.familyName()));
            case "nickname" -> q.givenNames(nicks == null ? typo(truth.givenNames())
                    : SyntheticRegister.capitalise(nicks.get(rng.nextInt(nicks.size()))));
            case "surname change" -> q.familyName(truth.previousNames().isEmpty()
                    ? SyntheticRegister.capitalise(surnames.draw(rng)) : truth.previousNames().get(0));
            case "day/month swap" -> q.dateOfBirth(dob.day() <= 12 && dob.day() != dob.month()
                    ? new DateOfBirth(dob.year(), dob.day(), dob.month(), false) : dateTypo(dob));
            case "date typo" -> q.dateOfBirth(dateTypo(dob));
            case "moved" -> q.postcode("ZZ" + rng.nextInt(99) + " " + rng.nextInt(10) + "QQ");
            case "no postcode" -> q.postcode(null);
            default -> q.dateOfBirth(null);
        }
    }

    private static DateOfBirth dateTypo(DateOfBirth dob) {
        int day = dob.day() % 10 == 9 ? dob.day() - 1 : dob.day() + 1;
        return new DateOfBirth(dob.year(), dob.month(), day, false);
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
