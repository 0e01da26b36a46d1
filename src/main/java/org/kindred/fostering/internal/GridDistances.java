package org.kindred.fostering.internal;

import java.util.Optional;
import org.kindred.geography.Postcodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Postcodes located by the ONS Postcode Directory that Kindred ships and `postcodes load` renews (module geography),
 * or, for the demo county's ZY postcodes, from {@link DemoGrid} (the placements the demo made were matched on it);
 * then fostering's own table, for any postcode an authority added there. Unknown postcodes stay unknown: a
 * distance is never guessed.
 */
@Component
class GridDistances implements Distances {
    private final JdbcClient jdbc;

    GridDistances(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public Optional<GridReference> locate(String postcode) {
        String p = Distances.normalise(postcode);
        if (p == null || p.isBlank()) return Optional.empty();
        Optional<GridReference> demo = DemoGrid.locate(p);
        if (demo.isPresent()) return demo;
        Optional<GridReference> directory = Postcodes.find(p).filter(place -> place.easting() != null && place.northing() != null)
                .map(place -> new GridReference(place.easting(), place.northing()));
        if (directory.isPresent()) return directory;
        return jdbc.sql("select easting, northing from fostering_postcode where postcode = ?").param(p)
                .query((rs, i) -> new GridReference(rs.getInt(1), rs.getInt(2))).optional();
    }
}
