package org.kindred.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;

class CinXmlReaderTest {
    private static final Path FAKE = Path.of("../shared/conformance/cin/fake_data");

    private static int rows(ReturnData d, String table) { return d.table(table).orElseThrow().size(); }

    @Test
    void readsEveryFakeFileIntoAllTables() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(FAKE)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(files).hasSize(9);
        for (Path f : files) {
            ReturnData d = CinXmlReader.read(f);
            assertThat(d.tables().keySet()).containsExactly("Header", "ChildIdentifiers", "ChildCharacteristics",
                    "Disabilities", "CINdetails", "Assessments", "CINplanDates", "Section47", "ChildProtectionPlans",
                    "Reviews");
            assertThat(rows(d, "Header")).isEqualTo(1);
            assertThat(rows(d, "ChildIdentifiers")).isEqualTo(rows(d, "ChildCharacteristics"));
        }
    }

    @Test
    void flattensTheBigFakeFile() {
        ReturnData d = CinXmlReader.read(FAKE.resolve("fake_CIN_data.xml"));
        assertThat(rows(d, "ChildIdentifiers")).isEqualTo(332);
        assertThat(rows(d, "Reviews")).isZero();
        assertThat(d.metadata().localAuthority()).isNotBlank();
    }

    @Test
    void flattens2024FileWithIdsFactorsAndMetadata() {
        ReturnData d = CinXmlReader.read(FAKE.resolve("CIN_Census_2024.xml"));
        Table ids = d.table("ChildIdentifiers").orElseThrow();
        assertThat(ids.size()).isEqualTo(2);
        assertThat(ids.get(0, "LAchildID")).isEqualTo("DfEX0000001");
        assertThat(ids.get(0, "Sex")).isEqualTo("1");
        assertThat(ids.get(0, "PersonBirthDate")).isEqualTo("2015-03-27");
        assertThat(ids.get(0, "PersonDeathDate")).isNull();
        Table dis = d.table("Disabilities").orElseThrow();
        assertThat(dis.get(0, "LAchildID")).isEqualTo("DfEX0000001");
        assertThat(dis.get(0, "Disability")).isEqualTo("HAND");
        assertThat(dis.get(1, "Disability")).isEqualTo("HEAR");
        Table a = d.table("Assessments").orElseThrow();
        assertThat(a.get(0, "AssessmentFactors")).isEqualTo("1C,RB,6B");
        assertThat(a.get(0, "CINdetailsID")).isEqualTo("1");
        assertThat(a.get(0, "AssessmentID")).isEqualTo("1");
        Table reviews = d.table("Reviews").orElseThrow();
        assertThat(reviews.size()).isEqualTo(1);
        assertThat(reviews.get(0, "CPPID")).isEqualTo("1");
        assertThat(reviews.get(0, "CPPreviewDate")).isEqualTo("2023-02-15");
        assertThat(d.table("Section47").orElseThrow().get(0, "ICPCnotRequired")).isEqualTo("false");
        assertThat(d.metadata().collectionEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(d.metadata().collectionStart()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(d.metadata().collectionYear()).isEqualTo("2024");
        assertThat(d.metadata().localAuthority()).isEqualTo("201");
    }

    @Test
    void reportsLineAndColumnOfBrokenXml(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<Message>\n  <Header>\n    <Year>2024</Yaer>\n  </Header>\n</Message>\n");
        assertThatThrownBy(() -> CinXmlReader.read(broken))
                .isInstanceOfSatisfying(ReturnFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isGreaterThan(0);
                    assertThat(e.file()).endsWith("broken.xml");
                });
    }

    @Test
    void reportsMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CinXmlReader.read(dir.resolve("nope.xml"))).isInstanceOf(ReturnFileException.class);
    }

    @Test
    void validatesAgainstTheYearsSchema(@TempDir Path dir) throws IOException {
        // The fake 2026 file has Sex "1", which the 2026 schema rejects: the error points at that element.
        String text = Files.readString(FAKE.resolve("CIN_Census_2026.xml"));
        int sexLine = text.substring(0, text.indexOf("<Sex>1</Sex>")).split("\n", -1).length;
        assertThatThrownBy(() -> CinXmlReader.read(FAKE.resolve("CIN_Census_2026.xml"), 2026))
                .isInstanceOfSatisfying(ReturnFileException.class, e -> assertThat(e.line()).isEqualTo(sexLine));
        Path fixed = dir.resolve("fixed.xml");
        Files.writeString(fixed, """
                <Message>
                  <Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                    <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
                    <Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source></Header>
                  <Children>
                    <Child>
                      <ChildIdentifiers><LAchildID>A1</LAchildID><PersonBirthDate>2015-03-27</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                      <CINdetails><CINreferralDate>2025-10-06</CINreferralDate><ReferralSource>1A</ReferralSource>
                        <ReferralNFA>0</ReferralNFA></CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>A2</LAchildID><Sex>F</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                      <CINdetails><CINreferralDate>2025-10-06</CINreferralDate><ReferralSource>1A</ReferralSource>
                        <ReferralNFA>0</ReferralNFA></CINdetails>
                    </Child>
                  </Children>
                </Message>
                """);
        ReturnData ok = CinXmlReader.read(fixed, 2026);
        assertThat(rows(ok, "ChildIdentifiers")).isEqualTo(2);
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<Message>\n  <Children>\n    <Child>\n      <Bogus>1</Bogus>\n    </Child>\n  </Children>\n</Message>\n");
        assertThatThrownBy(() -> CinXmlReader.read(bad, 2026))
                .isInstanceOfSatisfying(ReturnFileException.class, e -> assertThat(e.line()).isEqualTo(4));
    }
}
