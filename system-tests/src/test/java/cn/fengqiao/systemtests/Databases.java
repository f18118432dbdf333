package cn.fengqiao.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The services' test databases, read directly: what a test wrote, kept or lost is counted here, not asked of the API. */
final class Databases {

    private Databases() {}

    /** A connection to the app's database here (e.g. incident_test as user incident). */
    static Connection connect(SystemUnderTest.App app) throws SQLException {
        String user = app.module.replace("-service", "");
        String url = "jdbc:postgresql://%s:%s/%s"
                .formatted(
                        SystemUnderTest.env("FENGQIAO_DB_HOST", "localhost"),
                        SystemUnderTest.env("FENGQIAO_DB_PORT", "5432"),
                        SystemUnderTest.database(app));
        return DriverManager.getConnection(url, user, user);
    }

    /** The exact row count of every table the filter keeps. */
    static Map<String, Long> rowCounts(SystemUnderTest.App app, Predicate<String> table) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = connect(app);
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String name : tables.stream().filter(table).toList()) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + name + "\"")) {
                    rows.next();
                    counts.put(name, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The row counts once two readings a second apart agree: events still in flight have landed. */
    static Map<String, Long> settledRowCounts(SystemUnderTest.App app, Predicate<String> table) throws SQLException {
        Map<String, Long> last = rowCounts(app, table);
        for (int attempt = 0; attempt < 30; attempt++) {
            SystemUnderTest.sleep(1000);
            Map<String, Long> now = rowCounts(app, table);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
