package org.kindred.workforce;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * England's latest published workforce figures, shipped in the jar with their source
 * ({@code reference/workforce/england.csv}): shown beside the authority's own.
 */
public final class EnglandFigures {
    public static final String SOURCE = "DfE, Children's social work workforce, year to 30 September 2023 (England)";
    private static final Map<String, Double> VALUES = load();
    private static int year;

    private EnglandFigures() {
    }

    public static Double value(String measure) { return VALUES.get(measure); }

    public static int year() { return year; }

    private static Map<String, Double> load() {
        Map<String, Double> v = new LinkedHashMap<>();
        try (var in = EnglandFigures.class.getResourceAsStream("/reference/workforce/england.csv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("measure,")) continue;
                String[] c = line.split(",");
                v.put(c[0], Double.valueOf(c[2]));
                year = Integer.parseInt(c[1]);
            }
        } catch (Exception e) {
            throw new IllegalStateException("England's workforce figures are missing from the jar", e);
        }
        return v;
    }
}
