package org.kindred.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/**
 * PL_LA, PL_LOCATION and PL_DISTANCE worked out as the DfE's tool does, checked against figures computed here from the
 * ONS Postcode Directory in ../shared with the guidance's formula.
 */
class PostcodeColumnsTest {
    private static final Path ONSPD = Path.of("../shared/reference/postcodes/onspd_nov2025_uk.csv.gz");

    /** The first postcode with a grid reference in each of the districts, as {postcode, district, easting, northing}. */
    private static Map<String, String[]> firstIn(String... districts) throws IOException {
        Map<String, String[]> found = new java.util.HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ONSPD)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && found.size() < districts.length) {
                String[] c = line.split(",", -1);
                if (Arrays.asList(districts).contains(c[1]) && !c[2].isEmpty() && !found.containsKey(c[1])) {
                    found.put(c[1], c);
                }
            }
        }
        return found;
    }

    @Test
    void derivesPlacementAuthorityLocationAndDistance() throws IOException {
        Map<String, String[]> pc = firstIn("E07000138", "E07000136", "E09000033");
        String[] lincoln = pc.get("E07000138");
        String[] boston = pc.get("E07000136");
        String[] westminster = pc.get("E09000033");
        Table episodes = new Table("Episodes", List.of("CHILD", "LS", "HOME_POST", "PL_POST"), List.of(
                row("1", "C2", lincoln[0], boston[0]),
                row("2", "C2", lincoln[0], westminster[0].toLowerCase(Locale.ROOT).replace(" ", "")),
                row("3", "C2", lincoln[0], "EG19 7TT"),
                row("4", "C2", null, boston[0])));
        for (String authority : List.of("925", "E10000019")) {
            ReturnData data = PostcodeColumns.derive(new ReturnData(Map.of("Episodes", episodes),
                    new Metadata(null, null, "2025", authority, null, "csv")));
            Table t = data.table("Episodes").orElseThrow();
            assertThat(column(t, "PL_LA")).containsExactly("E10000019", "E09000033", null, "E10000019");
            assertThat(column(t, "HOME_LA")).containsExactly("E10000019", "E10000019", "E10000019", null);
            assertThat(column(t, "PL_LOCATION")).containsExactly("IN", "OUT", null, "IN");
            assertThat(column(t, "PL_DISTANCE")).containsExactly(miles(lincoln, boston), miles(lincoln, westminster), null, null);
        }
        ReturnData elsewhere = PostcodeColumns.derive(new ReturnData(Map.of("Episodes", episodes),
                new Metadata(null, null, "2025", "E09000033", null, "csv")));
        assertThat(column(elsewhere.table("Episodes").orElseThrow(), "PL_LOCATION")).containsExactly("OUT", "IN", null, "OUT");
    }

    @Test
    void leavesColumnsTheReturnCarries() {
        Table episodes = new Table("Episodes", List.of("CHILD", "HOME_POST", "PL_POST", "HOME_LA", "PL_LA", "PL_LOCATION", "PL_DISTANCE"),
                List.of(row("1", "ZY1 1AA", "ZY2 2BB", "X", "Y", "OUT", "99.9")));
        ReturnData data = new ReturnData(Map.of("Episodes", episodes), new Metadata(null, null, "2025", "925", null, "csv"));
        assertThat(PostcodeColumns.derive(data)).isSameAs(data);
    }

    /** The guidance's formula, from the directory's own figures: sqrt(dE² + dN²) / 1000 / 1.6093, one decimal place. */
    private static String miles(String[] a, String[] b) {
        double de = Integer.parseInt(a[2]) - Integer.parseInt(b[2]);
        double dn = Integer.parseInt(a[3]) - Integer.parseInt(b[3]);
        return String.format(Locale.ROOT, "%.1f", Math.round(Math.sqrt(de * de + dn * dn) / 1000 / 1.6093 * 10) / 10.0);
    }

    private static List<String> row(String... cells) { return new ArrayList<>(Arrays.asList(cells)); }

    private static List<String> column(Table t, String column) {
        List<String> values = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            values.add(t.get(r, column));
        }
        return values;
    }
}
