package org.kindred.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The category codes are exactly the CIN census {@code categoryofabusetype} (2024 schema). */
class CodeListsTest {
    private static final Path XSD = Path.of("../shared/conformance/cin/spec/CIN_schema_2024.xsd");

    @Test
    void categoriesOfAbuseMatchTheCensusSchema() throws IOException {
        Path xsd = Files.exists(XSD) ? XSD : Path.of("/work/shared/conformance/cin/spec/CIN_schema_2024.xsd");
        String text = Files.readString(xsd);
        String type = text.substring(text.indexOf("name=\"categoryofabusetype\""));
        type = type.substring(0, type.indexOf("</xs:simpleType>"));
        Matcher m = Pattern.compile("value=\"([A-Z]+)\"").matcher(type);
        Set<String> codes = new java.util.HashSet<>();
        while (m.find()) codes.add(m.group(1));
        assertThat(Arrays.stream(CategoryOfAbuse.values()).map(CategoryOfAbuse::code).collect(Collectors.toSet()))
                .isEqualTo(codes);
        assertThat(CategoryOfAbuse.from("neg")).contains(CategoryOfAbuse.NEGLECT);
        assertThat(CategoryOfAbuse.from("SEXUAL")).contains(CategoryOfAbuse.SEXUAL);
    }

    @Test
    void onlyAConferenceNeededOutcomeRequiresAnIcpc() {
        assertThat(Section47Outcome.CONFERENCE_NEEDED.icpcNotRequired()).isEqualTo("0");
        assertThat(Section47Outcome.NOT_SUBSTANTIATED.icpcNotRequired()).isEqualTo("1");
        assertThat(Section47Outcome.SUBSTANTIATED_NO_CONFERENCE.icpcNotRequired()).isEqualTo("1");
    }
}
