package org.kindred.returns.export;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ReturnContributor;
import org.kindred.returns.cin.CinXmlReader;
import org.kindred.returns.ssda903.Ssda903Reader;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Validator;

/**
 * Kindred's own statutory return for a collection year: every {@link ReturnContributor} of the return adds its
 * rows; the register adds what it knows (SSDA903 Header rows for children the contributors did not describe; the
 * CIN census's identifiers and characteristics; "NONE" for disability where no module recorded one, as the census
 * needs a value); the return is written as the DfE takes it, read back with the
 * same readers `returns validate` uses and checked by the same rules, so what passes here passes there.
 */
public final class ReturnExport {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final java.util.function.Supplier<List<ReturnContributor>> contributors;
    private final ChildRegister register;
    private final String localAuthority;

    /** Contributors are asked for at each export: the modules' beans, found when the return is made. */
    public ReturnExport(java.util.function.Supplier<List<ReturnContributor>> contributors, ChildRegister register,
                        String localAuthority) {
        this.contributors = contributors;
        this.register = register;
        this.localAuthority = localAuthority;
    }

    /** Writes the return for the collection ending 31 March {@code year} into {@code dir} and validates it. */
    public ExportedReturn export(ReturnKind kind, int year, Path dir) {
        ContributedRows rows = new ContributedRows();
        String name = kind == ReturnKind.SSDA903 ? "ssda903" : "cin";
        contributors.get().stream().filter(c -> name.equalsIgnoreCase(c.returnName())).forEach(c -> c.contribute(year, rows));
        List<Path> files;
        ReturnData data;
        if (kind == ReturnKind.SSDA903) {
            files = Ssda903Files.write(withHeaders(rows, year), dir);
            // The CSV files are the return the DfE's tool reads; the XML carries the same rows.
            ReturnData read = Ssda903Reader.read(dir, null);
            data = new ReturnData(read.tables(), metadata(year, "csv"));
        } else {
            List<String> ids = rows.children("LAchildID");
            List<RegisterChild> children = new ArrayList<>(register.children(ids).values());
            Path xml = dir.resolve("cin_census_" + year + ".xml");
            writeString(xml, CinXml.of(year, localAuthority, children, rows, LocalDateTime.now().withNano(0)));
            files = List.of(xml);
            // Read with the year's schema: a file the XSD refuses fails here, as it would at the DfE.
            ReturnData read = CinXmlReader.read(xml, year);
            data = new ReturnData(read.tables(), metadata(year, "xml"));
        }
        return new ExportedReturn(files, data, Validator.validate(RuleRegistry.inForce(kind, year), data));
    }

    private Metadata metadata(int year, String format) {
        return new Metadata(java.time.LocalDate.of(year - 1, 4, 1), java.time.LocalDate.of(year, 3, 31),
                Integer.toString(year), localAuthority, null, format);
    }

    /**
     * The contributed tables, with a Header row from the register for every child in Episodes that no contributor
     * described (sex, date of birth, ethnicity and UPN are the register's; MOTHER and MC_DOB stay empty).
     */
    private Map<String, List<Map<String, String>>> withHeaders(ContributedRows rows, int year) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>(rows.all());
        List<Map<String, String>> headers = new ArrayList<>(tables.getOrDefault("Header", List.of()));
        java.util.Set<String> described = new java.util.HashSet<>();
        headers.forEach(h -> described.add(String.valueOf(h.get("CHILD")).trim()));
        List<String> missing = rows.children("CHILD").stream().filter(c -> !described.contains(c)).toList();
        register.children(missing).values().forEach(c -> {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("CHILD", c.id());
            h.put("SEX", year >= 2025 ? sexLetter(c.sexCode()) : c.sexCode());
            h.put("DOB", c.dateOfBirth() == null ? null : c.dateOfBirth().format(UK));
            h.put("ETHNIC", c.ethnicity() == null ? "NOBT" : c.ethnicity());
            h.put("UPN", c.upn() == null || c.upn().isBlank() ? "UN2" : c.upn());
            headers.add(h);
        });
        tables.put("Header", headers);
        return tables;
    }

    /** From 2024/25 both returns code sex M, F or U (unknown or indeterminate) instead of 1 and 2. */
    static String sexLetter(String code) {
        return "1".equals(code) ? "M" : "2".equals(code) ? "F" : "U";
    }

    private static void writeString(Path file, String text) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
