package org.kindred.person.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * The blocking keys of a record: exact, sound-alike, nickname and one-typo keys for names,
 * date of birth with its day/month swap, postcode and identifiers. A record and a query
 * share a key when they could be the same person; each key carries a weight for ranking.
 * Keys shared by thousands of people (year-month of birth, postcode district) were tried and
 * dropped: they doubled the CPU per search at 300,000 people without finding anyone more.
 */
@RequiredArgsConstructor
final class IndexKeys {

    private final NameVariants variants;

    /** The field a key belongs to: its prefix without the variant letter (gp: and gd: are both given name). */
    static String fieldOf(String key) {
        return switch (key.substring(0, key.indexOf(':'))) {
            case "g", "gp", "gn", "gd" -> "given";
            case "f", "fp", "fd" -> "family";
            case "d", "ds" -> "dob";
            default -> key.substring(0, key.indexOf(':'));
        };
    }

    /** Key to weight (roughly the bits of evidence a shared key gives). */
    Map<String, Float> of(PersonRecord r) {
        Map<String, Float> keys = new LinkedHashMap<>();
        List<String> given = Names.tokens(r.givenNames());
        for (String word : given) {
            keys.put("g:" + word, 4f);
            phonetic(keys, "gp:", word, 2.5f);
            variants.groupsOf(word).forEach(group -> keys.putIfAbsent("gn:" + group, 3f));
        }
        if (!given.isEmpty()) {
            keys.putIfAbsent("gd:" + given.get(0), 2.5f); // meets the record's deletions when a letter was dropped
            if (given.get(0).length() >= 4) {
                Names.deletions(given.get(0)).forEach(d -> keys.putIfAbsent("gd:" + d, 2.5f));
            }
        }
        familyKeys(keys, r.familyName());
        r.previousNames().forEach(name -> familyKeys(keys, name));
        dateKeys(keys, r.dateOfBirth());
        String postcode = PostcodeKeys.normalise(r.postcode());
        if (!postcode.isEmpty()) {
            keys.put("pc:" + postcode, 5f);
        }
        identifier(keys, "nhs:", r.nhsNumber(), 15f);
        identifier(keys, "upn:", r.upn(), 15f);
        identifier(keys, "ni:", r.niNumber(), 12f);
        if (!r.addressLines().isEmpty()) {
            keys.put("a:" + PostcodeKeys.normalise(r.addressLines().get(0)), 3f);
        }
        return keys;
    }

    private static void familyKeys(Map<String, Float> keys, String name) {
        for (String word : Names.tokens(name)) {
            keys.putIfAbsent("f:" + word, 5f);
            phonetic(keys, "fp:", word, 3f);
            keys.putIfAbsent("fd:" + word, 3f);
            if (word.length() >= 4) {
                Names.deletions(word).forEach(d -> keys.putIfAbsent("fd:" + d, 3f));
            }
        }
    }

    private static void dateKeys(Map<String, Float> keys, DateOfBirth dob) {
        if (dob == null || dob.year() == 0) {
            return;
        }
        keys.put("d:" + dob.compact(), 7f);
        keys.put("ds:" + dob.swapKey(), 6f);
    }

    private static void phonetic(Map<String, Float> keys, String prefix, String word, float weight) {
        for (String code : Similarity.phonetic(word)) {
            if (!code.isEmpty()) {
                keys.putIfAbsent(prefix + code, weight);
            }
        }
    }

    private static void identifier(Map<String, Float> keys, String prefix, String value, float weight) {
        String clean = IdentifierComparator.normalise(value);
        if (!clean.isEmpty()) {
            keys.put(prefix + clean, weight);
        }
    }
}
