package org.kindred.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CodeListsTest {
    private static final Path XSD = Path.of("../shared/conformance/cin/spec/CIN_schema_2024.xsd");

    @Test
    void referralSourcesAreTheCensusCodes() throws Exception {
        assertThat(ReferralSource.fromCode(" 1a ")).contains(ReferralSource.INDIVIDUAL_FAMILY);
        assertThat(ReferralSource.fromCode("10")).contains(ReferralSource.UNKNOWN);
        assertThat(ReferralSource.fromCode("11")).isEmpty();
        Assumptions.assumeTrue(Files.exists(XSD), "CIN schema not available");
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(ReferralSource.values()).forEach(s -> codes.add(s.code()));
        assertThat(codes).containsExactlyElementsOf(enumeration("referralsourcetype"));
    }

    @Test
    void primaryNeedsAreN1ToN9() throws Exception {
        assertThat(PrimaryNeed.fromCode("n4")).contains(PrimaryNeed.N4);
        assertThat(PrimaryNeed.values()).hasSize(9);
        Assumptions.assumeTrue(Files.exists(XSD), "CIN schema not available");
        Set<String> census = enumeration("primaryneedcodetype");
        Arrays.stream(PrimaryNeed.values()).forEach(n -> assertThat(census).contains(n.name()));
    }

    @Test
    void assessmentFactorsAreThe2026CensusCodesAndOutcomesCloseWithCensusReasons() throws Exception {
        assertThat(AssessmentFactor.fromCode(" 3b ")).contains(AssessmentFactor.F3B);
        assertThat(AssessmentFactor.fromCode("25A")).isEmpty();
        Path xsd2026 = XSD.resolveSibling("CIN_schema_2026.xsd");
        Assumptions.assumeTrue(Files.exists(xsd2026), "CIN schema not available");
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(AssessmentFactor.values()).forEach(f -> codes.add(f.code()));
        assertThat(codes).containsExactlyElementsOf(enumeration(xsd2026, "assessmentfactorstype"));
        Set<String> reasons = enumeration(xsd2026, "reasonforclosuretype");
        Arrays.stream(AssessmentOutcome.values()).filter(o -> o.closureReason() != null)
                .forEach(o -> assertThat(reasons).contains(o.closureReason()));
    }

    private static Set<String> enumeration(String type) throws Exception {
        return enumeration(XSD, type);
    }

    private static Set<String> enumeration(Path file, String type) throws Exception {
        String xsd = Files.readString(file);
        int start = xsd.indexOf("name=\"" + type + "\"");
        String block = xsd.substring(start, xsd.indexOf("</xs:simpleType>", start));
        Set<String> values = new LinkedHashSet<>();
        Matcher m = Pattern.compile("enumeration value=\"([^\"]+)\"").matcher(block);
        while (m.find()) values.add(m.group(1));
        return values;
    }
}
