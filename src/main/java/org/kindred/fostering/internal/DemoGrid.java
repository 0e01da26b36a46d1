package org.kindred.fostering.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grid references for the demo county's fictional ZY postcodes (no such area exists, so no real file has them). The
 * 99 districts ZY1 to ZY99 lie on a 10 by 10 grid of 4 km squares from a fixed corner; the inward code's sector digit
 * and letters place the postcode within its square. Deterministic: the same postcode is always at the same place.
 */
final class DemoGrid {
    private static final Pattern ZY = Pattern.compile("ZY(\\d{1,2}) (\\d)([A-Z])([A-Z])");
    static final int ORIGIN_EASTING = 440_000;
    static final int ORIGIN_NORTHING = 260_000;
    static final int SQUARE = 4_000;

    private DemoGrid() {
    }

    static Optional<GridReference> locate(String normalised) {
        if (normalised == null) return Optional.empty();
        Matcher m = ZY.matcher(normalised);
        if (!m.matches()) return Optional.empty();
        int district = Integer.parseInt(m.group(1));
        if (district < 1 || district > 99) return Optional.empty();
        int col = (district - 1) % 10;
        int row = (district - 1) / 10;
        int sector = Integer.parseInt(m.group(2));
        int a = m.group(3).charAt(0) - 'A';
        int b = m.group(4).charAt(0) - 'A';
        int east = ORIGIN_EASTING + col * SQUARE + (sector % 5) * 800 + a * 30;
        int north = ORIGIN_NORTHING + row * SQUARE + (sector / 5) * 2_000 + b * 70;
        return Optional.of(new GridReference(east, north));
    }
}
