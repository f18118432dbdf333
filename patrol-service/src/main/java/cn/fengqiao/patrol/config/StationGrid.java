package cn.fengqiao.patrol.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The station's grid of cells, about 130 m square: a cell is named {@code row:col} counted from the
 * south-west origin. Incidents, checkpoints and key sites fall into cells by their coordinates.
 */
@ConfigMapping(prefix = "fengqiao.patrol.grid")
public interface StationGrid {

    @WithDefault("35.470")
    double originLatitude();

    @WithDefault("112.830")
    double originLongitude();

    /** 0.0012 degrees of latitude is 133 m. */
    @WithDefault("0.0012")
    double cellLatitude();

    /** 0.0015 degrees of longitude is 136 m at 35.5 degrees north. */
    @WithDefault("0.0015")
    double cellLongitude();

    default String cellOf(double latitude, double longitude) {
        int row = (int) Math.floor((latitude - originLatitude()) / cellLatitude());
        int col = (int) Math.floor((longitude - originLongitude()) / cellLongitude());
        return row + ":" + col;
    }

    /** The centre of a cell as {latitude, longitude}. */
    default double[] centreOf(String cell) {
        String[] parts = cell.split(":");
        return new double[] {
            originLatitude() + (Integer.parseInt(parts[0]) + 0.5) * cellLatitude(),
            originLongitude() + (Integer.parseInt(parts[1]) + 0.5) * cellLongitude()
        };
    }

    /** Whether a text is a cell name. */
    static boolean isCell(String text) {
        return text != null && text.matches("-?\\d{1,4}:-?\\d{1,4}");
    }

    /** Great-circle distance in metres (haversine; exact enough at a station's scale). */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
    }
}
