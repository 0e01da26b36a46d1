package org.kindred.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The enums hold exactly the codes of the SSDA903 2024 schema (liiatools SSDA903_schema_2024.yml, Episodes). */
class CodeListsTest {
    private static final Path SPEC = Path.of("/work/shared/conformance/ssda903/spec/liiatools/SSDA903_schema_2024.yml");

    @Test
    void eachListMatchesTheSchema() throws Exception {
        Assumptions.assumeTrue(Files.exists(SPEC), "the shared conformance material is not here");
        String episodes = Files.readString(SPEC).replace("\r", "").split("\n    Episodes:")[1].split("\n    Header:")[0];
        check(episodes, "RNE", NewEpisodeReason.values());
        check(episodes, "LS", LegalStatus.values());
        check(episodes, "CIN", CategoryOfNeed.values());
        check(episodes, "PLACE", PlacementType.values());
        check(episodes, "PLACE_PROVIDER", PlacementProvider.values());
        check(episodes, "REC", ReasonCeased.values());
        check(episodes, "REASON_PLACE_CHANGE", PlacementChangeReason.values());
    }

    @Test
    void codesAreFoundInAnyCase() {
        assertThat(Coded.fromCode(LegalStatus.class, " v2 ")).contains(LegalStatus.V2);
        assertThat(Coded.fromCode(PlacementType.class, "T4").orElseThrow().temporary()).isTrue();
        assertThat(Coded.fromCode(PlacementType.class, "XX")).isEmpty();
        assertThat(Arrays.stream(ReasonCeased.values()).filter(ReasonCeased::continuesCare)).containsExactly(ReasonCeased.X1);
    }

    private static void check(String episodes, String column, Coded[] values) {
        String block = episodes.split("\n      " + column + ":\n")[1].split("canbeblank")[0];
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("code: \"([^\"]+)\"").matcher(block);
        while (m.find()) codes.add(m.group(1));
        List<String> ours = Arrays.stream(values).map(Coded::code).toList();
        assertThat(ours).as(column).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(Arrays.stream(values).map(Coded::label)).as(column).allMatch(l -> !l.isBlank());
    }
}
