package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables a rule cannot run without, read from the tables its {@link RuleDefinition} declares. The declared
 * list is the DfE catalogue's, spelling slips included ("MIssing", "EPISODES"), so a name is matched to the
 * return's tables ignoring case. Previous-year tables ({@code Episodes_last}) and names that are no table of the
 * return ("Provider Info", "OC2s") are not required, nor those the definition lists as optional: a rule that
 * needs them says so itself.
 */
final class RequiredTables {
    private static final List<String> CURRENT_YEAR = List.of(
            "Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption", "PrevPerm", "Missing",
            "SWEpisodes", "DoLo", "ChildIdentifiers", "ChildCharacteristics", "Disabilities", "CINdetails",
            "Assessments", "CINplanDates", "Section47", "ChildProtectionPlans");
    private static final Map<String, String> BY_LOWER_CASE = new ConcurrentHashMap<>();
    private static final Map<RuleDefinition, List<String>> REQUIRED = new ConcurrentHashMap<>();

    static {
        CURRENT_YEAR.forEach(t -> BY_LOWER_CASE.put(t.toLowerCase(Locale.ROOT), t));
    }

    private RequiredTables() {
    }

    static List<String> of(RuleDefinition definition) {
        return REQUIRED.computeIfAbsent(definition, d -> {
            List<String> required = new ArrayList<>();
            List<String> optional = d.optionalTables();
            for (String declared : d.tables()) {
                String table = BY_LOWER_CASE.get(declared.toLowerCase(Locale.ROOT));
                if (table != null && !required.contains(table) && !optional.contains(table)) {
                    required.add(table);
                }
            }
            return List.copyOf(required);
        });
    }

    /** Why the rule cannot run on the return ("needs Header and AD1"), or null when it has every table. */
    static String missing(RuleDefinition definition, ReturnData data) {
        List<String> required = of(definition);
        for (String table : required) {
            if (!data.has(table)) {
                return "needs " + and(required);
            }
        }
        return null;
    }

    private static String and(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }
}
