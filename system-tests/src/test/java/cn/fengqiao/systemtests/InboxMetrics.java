package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The consumers' inbox counters ({@code fengqiao_inbox_events_total}), read from an app's metrics. */
final class InboxMetrics {

    /** A series and its value; with tracing on, an exemplar (" # {trace_id=...} ...") may follow. */
    private static final Pattern LINE =
            Pattern.compile("^fengqiao_inbox_events_total\\{([^}]*)\\} ([0-9.eE+-]+)(?: #.*)?$", Pattern.MULTILINE);

    private InboxMetrics() {}

    /** The events of this outcome (e.g. "duplicate") the app's inbox has counted since it started; type null: all types. */
    static double count(SystemUnderTest.App app, String outcome, String type) {
        String metrics = given().baseUri(app.url())
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        double total = 0;
        for (Matcher m = LINE.matcher(metrics); m.find(); ) {
            if (m.group(1).contains("outcome=\"" + outcome + "\"")
                    && (type == null || m.group(1).contains("type=\"" + type + "\""))) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}
