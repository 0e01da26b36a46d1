package org.kindred.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Local authorities by their ONS codes: the upper-tier authority (the one running children's services) of each
 * lower-tier district, from the ONS's 2021 lookup that the DfE's SSDA903 tool uses; and the authority's ONS code
 * from its DfE LA number where Kindred knows it (its own, set by {@code KINDRED_LA_CODE} and
 * {@code KINDRED_LA_ONS_CODE}; the demo's 925 is Lincolnshire, E10000019).
 */
public final class LocalAuthorities {
    private static final Pattern ONS = Pattern.compile("[EWSNLM][0-9]{8}");
    private static volatile Map<String, String> upperTier;

    private LocalAuthorities() {
    }

    /** The upper-tier authority of a district (E07000138 gives E10000019), or null when the 2021 lookup lacks it. */
    public static String upperTier(String district) {
        if (district == null) {
            return null;
        }
        return upperTiers().get(district);
    }

    /**
     * The authority's ONS code: the code itself when given one, the configured code for Kindred's own DfE LA number,
     * or null when it cannot tell.
     */
    public static String onsCode(String authority) {
        if (authority == null || authority.isBlank()) {
            return null;
        }
        String a = authority.trim();
        if (ONS.matcher(a).matches()) {
            return a;
        }
        if (a.equals(setting("kindred.returns.la-code", "KINDRED_LA_CODE", "925"))) {
            return setting("kindred.returns.la-ons-code", "KINDRED_LA_ONS_CODE", "E10000019");
        }
        return null;
    }

    private static String setting(String property, String environment, String fallback) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(environment);
        }
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static Map<String, String> upperTiers() {
        Map<String, String> m = upperTier;
        if (m != null) {
            return m;
        }
        m = new HashMap<>();
        try (InputStream in = LocalAuthorities.class.getResourceAsStream("/org/kindred/geography/authorities.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.split(",");
                m.put(cells[0], cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upperTier = m;
        return m;
    }
}
