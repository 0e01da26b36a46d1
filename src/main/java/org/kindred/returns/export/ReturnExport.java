package org.kindred.returns.export;

import org.kindred.returns.validation.CollectionYears;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kindred.returns.cin.CinXmlReader;
import org.kindred.returns.ssda903.PostcodeColumns;
import org.kindred.returns.ssda903.Ssda903Reader;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Validator;

/**
 * Kindred's own statutory return for a collection year: the {@link ReturnSource} of the return adds its tables (the
 * SSDA903 source its Header rows too); the register adds the CIN census's identifiers and characteristics ("NONE"
 * for disability where no module recorded one, as the census needs a value); the return is written as the DfE takes it, read back with the
 * same readers `returns validate` uses and checked by the same rules, so what passes here passes there.
 */
public final class ReturnExport {
    private final java.util.function.Supplier<List<ReturnSource>> sources;
    private final ChildRegister register;
    private final String localAuthority;

    /** Sources are asked for at each export: the beans, found when the return is made. */
    public ReturnExport(java.util.function.Supplier<List<ReturnSource>> sources, ChildRegister register,
                        String localAuthority) {
        this.sources = sources;
        this.register = register;
        this.localAuthority = localAuthority;
    }

    /** Writes the return for the collection ending 31 March {@code year} into {@code dir} and validates it. */
    public ExportedReturn export(ReturnKind kind, int year, Path dir) {
        ContributedRows rows = new ContributedRows();
        sources.get().stream().filter(s -> s.kind() == kind).forEach(s -> s.fill(year, rows));
        List<Path> files;
        ReturnData data;
        if (kind == ReturnKind.SSDA903) {
            files = Ssda903Files.write(rows.all(), dir);
            // The CSV files are the return the DfE's tool reads; the XML carries the same rows.
            ReturnData read = Ssda903Reader.read(dir, null);
            // PL_LA, PL_LOCATION, PL_DISTANCE and HOME_LA from the postcodes, as the DfE's tool adds them before its
            // rules run (the files carry only the postcodes, as the DfE's specification asks), so that the
            // postcode rules (164, 169, 179, 392a, 1015...) check Kindred's own return too.
            data = PostcodeColumns.derive(new ReturnData(read.tables(), metadata(year, "csv")));
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
        return new Metadata(CollectionYears.start(year), CollectionYears.end(year),
                Integer.toString(year), localAuthority, null, format);
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
