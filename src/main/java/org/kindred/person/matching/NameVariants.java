package org.kindred.person.matching;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Nicknames and spelling variants of given names (Liz, Beth and Eliza for Elizabeth). A name
 * belongs to the groups of every formal name it is a variant of; two names are variants when
 * they share a group.
 */
public final class NameVariants {

    private final Map<String, Set<String>> groups = new HashMap<>();

    /** Reads nicknames/names.csv (name1,has_nickname,name2) and sdglinkage/firstname_uk_variant.csv. */
    public static NameVariants load(ReferenceFiles files) throws IOException {
        NameVariants variants = new NameVariants();
        for (String[] row : DataFiles.rows(files, "nicknames/names.csv")) {
            variants.link(row[0], row[2]);
        }
        for (String[] row : DataFiles.rows(files, "uk_names/sdglinkage/firstname_uk_variant.csv")) {
            variants.link(row[0], row[1]);
        }
        return variants;
    }

    public static NameVariants none() {
        return new NameVariants();
    }

    /** Records that {@code variant} is a nickname or variant spelling of {@code formal}. */
    public void link(String formal, String variant) {
        String group = Names.normalise(formal);
        if (group.isEmpty()) {
            return;
        }
        groups.computeIfAbsent(group, g -> new HashSet<>()).add(group);
        groups.computeIfAbsent(Names.normalise(variant), g -> new HashSet<>()).add(group);
    }

    /** The formal names this name may stand for; empty when unknown. */
    public Set<String> groupsOf(String name) {
        return groups.getOrDefault(name, Set.of());
    }

    public boolean areVariants(String a, String b) {
        Set<String> first = groupsOf(a);
        if (first.isEmpty()) {
            return false;
        }
        for (String group : groupsOf(b)) {
            if (first.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
