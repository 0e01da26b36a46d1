package org.kindred.returns.imports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.care.CareRecords;
import org.kindred.care.NewCareEvent;
import org.kindred.care.Ssda903Episodes;
import org.kindred.returns.ssda903.Ssda903Reader;
import org.kindred.returns.ssda903.Ssda903Tables;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * Loads a past SSDA903 return into Kindred: each child matched on the register (or created), then its episodes as
 * the care events they record, its reviews and its missing episodes, through the care module's API. A child is
 * imported only when its episodes come back exactly as the file has them; otherwise the first cell at fault is
 * reported and the child skipped. Importing the same return again changes nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Ssda903Import {
    static final String RETURN = "ssda903";
    /** Tables the care module has no API for yet: counted, not imported. */
    private static final Set<String> NOT_YET = Set.of("UASC", "OC2", "OC3", "AD1", "PlacedAdoption", "PrevPerm",
            "SWEpisodes", "DoLo");
    private final ImportChild importChild;

    /** @param year the collection year (2018 for 2017/18), or null to take it from the latest date in Episodes */
    public ImportResult run(Path input, Integer year, double threshold) {
        Map<String, Table> tables = Ssda903Reader.readTables(input);
        Table header = require(tables, "Header", input);
        Table episodes = require(tables, "Episodes", input);
        ReturnRows where = new ReturnRows(input, Ssda903Tables.FILE_NAMES);
        ImportResult result = new ImportResult();
        Map<String, List<FileEpisode>> byChild = Ssda903Files.episodes(episodes, where, result);
        int collectionYear = year != null ? year : Ssda903Files.collectionYear(byChild);
        Map<String, List<Integer>> reviews = Ssda903Files.rowsByChild(tables.get("Reviews"));
        Map<String, List<Integer>> missing = Ssda903Files.rowsByChild(tables.get("Missing"));
        Map<String, Integer> headerRows = new LinkedHashMap<>();
        for (int r = 0; r < header.size(); r++) {
            ChildFacts child = Ssda903Files.child(header, r, where, result);
            if (child == null) continue;
            headerRows.put(child.laChildId(), r);
            List<FileEpisode> eps = byChild.getOrDefault(child.laChildId(), List.of());
            if (eps.isEmpty()) {
                result.problem(where.problem(header, r, "CHILD", "no episodes of child " + child.laChildId() + " to import"));
                continue;
            }
            List<NewCareEvent> events;
            try {
                events = Ssda903History.events(eps);
                EpisodeComparison.same(eps, Ssda903Episodes.derive(Ssda903History.checked(events)));
            } catch (HistoryProblem p) {
                result.problem(new ImportProblem(where.file(episodes), p.line(), p.column(), p.getMessage()));
                continue;
            } catch (InvalidInput e) {
                result.problem(new ImportProblem(where.file(episodes), eps.get(0).line(), String.join(",", e.errors().keySet()),
                        String.join("; ", e.errors().values())));
                continue;
            }
            ImportChild.Rows rows = new ImportChild.Rows(events, eps, tables.get("Reviews"),
                    reviews.getOrDefault(child.laChildId(), List.of()), tables.get("Missing"),
                    missing.getOrDefault(child.laChildId(), List.of()), where, where.file(episodes));
            importChild.run(collectionYear, child, rows, threshold, result);
        }
        byChild.keySet().stream().filter(c -> !headerRows.containsKey(c)).forEach(c -> result.problem(new ImportProblem(
                where.file(episodes), byChild.get(c).get(0).line(), "CHILD", "no Header row for child " + c)));
        tables.forEach((name, t) -> {
            if (NOT_YET.contains(name)) result.notImported(name, t.size());
        });
        return result;
    }

    private static Table require(Map<String, Table> tables, String name, Path input) {
        Table t = tables.get(name);
        if (t == null) throw new ReturnFileException(input.toString(), 0, 0, "the return has no " + name + " table");
        return t;
    }
}
