package org.kindred.frontdoor.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** What partners typically worry about, by kind of source; synthetic text for demo contacts. */
final class Worries {
    private static final Map<String, List<String>> BY_SOURCE_GROUP = Map.of(
            "6", List.of("Police attended a domestic incident at the home; the children were present",
                    "Police notification: the child was found out late at night with older young people",
                    "Police called to a disturbance; a parent was intoxicated while caring for the children"),
            "2", List.of("School reports the child arrived hungry and in unwashed clothes on several days",
                    "Teacher noticed bruising on the child's arm; the explanation did not fit",
                    "Attendance has fallen to 60% and the child seems withdrawn"),
            "3", List.of("GP concerned about missed appointments and the child's weight loss",
                    "Health visitor worried about the home conditions and the mother's low mood",
                    "A&E attendance with an injury that the parents explained inconsistently"),
            "5", List.of("Adult social care worker concerned about a parent's care of the children",
                    "Early help worker reports that the family has stopped engaging and worries have grown"),
            "1", List.of("A relative worries that the children are left alone in the evenings",
                    "A neighbour hears shouting and crying from the flat most nights"),
            "x", List.of("Concern about the child's safety at home raised by a partner agency",
                    "Housing officer found the family living in a single damp room"));

    private Worries() {
    }

    static String pick(String sourceCode, Random rnd) {
        List<String> list = BY_SOURCE_GROUP.getOrDefault(sourceCode.substring(0, 1), BY_SOURCE_GROUP.get("x"));
        if (sourceCode.equals("10") || sourceCode.equals("4") || sourceCode.equals("7") || sourceCode.equals("8")
                || sourceCode.equals("9")) {
            list = BY_SOURCE_GROUP.get("x");
        }
        return list.get(rnd.nextInt(list.size()));
    }
}
