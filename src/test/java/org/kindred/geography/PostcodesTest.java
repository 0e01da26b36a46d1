package org.kindred.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The jar's compact postcode directory against the ONS Postcode Directory it was made from (../shared): every
 * 500th postcode of the 2.7 million gives back its grid reference and district.
 */
class PostcodesTest {
    static final Path ONSPD = Path.of("../shared/reference/postcodes/onspd_nov2025_uk.csv.gz");

    @Test
    void givesBackWhatTheDirectorySays() throws IOException {
        List<String[]> sample = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ONSPD)),
                StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            for (int i = 0; (line = r.readLine()) != null; i++) {
                if (i % 500 == 0) {
                    sample.add(line.split(",", -1));
                }
            }
        }
        assertThat(sample).hasSizeGreaterThan(5000);
        for (String[] row : sample) {
            PostcodePlace p = Postcodes.find(row[0]).orElseThrow(() -> new AssertionError("not found: " + row[0]));
            assertThat(p.laCode()).as(row[0]).isEqualTo(row[1].isEmpty() ? null : row[1]);
            assertThat(p.easting()).as(row[0]).isEqualTo(row[2].isEmpty() ? null : Integer.valueOf(row[2]));
            assertThat(p.northing()).as(row[0]).isEqualTo(row[3].isEmpty() ? null : Integer.valueOf(row[3]));
        }
    }

    @Test
    void readsPostcodesWrittenAnyUsualWay() {
        PostcodePlace spaced = Postcodes.find("AB1 0JD").orElseThrow();
        assertThat(Postcodes.find("ab10jd")).contains(spaced);
        assertThat(Postcodes.find(" AB1  0JD ")).contains(spaced);
        assertThat(Postcodes.find("EG19 7TT")).isEmpty(); // no such area
        assertThat(Postcodes.find("AB1 0ZZ")).isEmpty(); // no such postcode
        assertThat(Postcodes.find("invalid")).isEmpty();
        assertThat(Postcodes.find(null)).isEmpty();
    }

    @Test
    void distanceIsTheDfesStraightLineInMiles() {
        PostcodePlace a = new PostcodePlace("A", 400_000, 300_000, "E07000138");
        PostcodePlace b = new PostcodePlace("B", 403_000, 304_000, "E07000136");
        assertThat(a.distanceKm(b)).isCloseTo(5.0, within(1e-9));
        assertThat(a.distanceMiles(b)).isCloseTo(5.0 / 1.6093, within(1e-9));
        assertThat(a.distanceMiles(new PostcodePlace("C", null, null, null))).isNull();
    }

    @Test
    void demoPostcodesLieInTheDemoCountyAlwaysInTheSamePlace() {
        for (int d = 1; d <= 99; d++) {
            PostcodePlace p = Postcodes.find("ZY" + d + " " + (d % 10) + "AB").orElseThrow();
            assertThat(Postcodes.find("zy" + d + (d % 10) + "ab")).contains(p);
            // Lincolnshire's extent on the National Grid, roughly
            assertThat(p.easting()).as(p.postcode()).isBetween(455_000, 560_000);
            assertThat(p.northing()).as(p.postcode()).isBetween(305_000, 420_000);
            assertThat(LocalAuthorities.upperTier(p.laCode())).isEqualTo("E10000019");
        }
        double far = Postcodes.find("ZY1 1AA").orElseThrow().distanceMiles(Postcodes.find("ZY2 1AA").orElseThrow());
        assertThat(far).isBetween(1.0, 80.0);
        assertThat(Postcodes.find("ZY100 1AA")).isEmpty();
        assertThat(Postcodes.find("ZYX 1AA")).isEmpty();
    }

    @Test
    void knowsTheUpperTierAndKindredsOwnAuthority() {
        assertThat(LocalAuthorities.upperTier("E07000138")).isEqualTo("E10000019");
        assertThat(LocalAuthorities.upperTier("E06000001")).isEqualTo("E06000001");
        assertThat(LocalAuthorities.upperTier("X99999999")).isNull();
        assertThat(LocalAuthorities.onsCode("E09000033")).isEqualTo("E09000033");
        assertThat(LocalAuthorities.onsCode("925")).isEqualTo("E10000019");
        assertThat(LocalAuthorities.onsCode("auth")).isNull();
    }
}
