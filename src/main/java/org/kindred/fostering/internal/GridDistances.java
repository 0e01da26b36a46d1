package org.kindred.fostering.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Postcodes located from fostering's postcode table (grid references loaded from an open file), or, for the demo
 * county's ZY postcodes, from {@link DemoGrid}. Unknown postcodes stay unknown: a distance is never guessed.
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
        return jdbc.sql("select easting, northing from fostering_postcode where postcode = ?").param(p)
                .query((rs, i) -> new GridReference(rs.getInt(1), rs.getInt(2))).optional();
    }
}
