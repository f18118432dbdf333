package cn.fengqiao.infrastructure.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.hibernate.exception.JDBCConnectionException;

/** Recognises "the database cannot be reached" among failures: a 503 for callers, a wait for consumers. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /** Anywhere in the chain, suppressed exceptions included (see {@link Causes}). */
    public static boolean causes(Throwable failure) {
        return Causes.anyMatch(
                failure,
                t -> t instanceof JDBCConnectionException
                        || t instanceof SQLTransientConnectionException
                        || poolExhausted(t.getMessage())
                        || (t instanceof SQLException sql && unavailable(sql.getSQLState())));
    }

    /** Agroal says "Acquisition timeout while waiting for new connection" or "Sorry, acquisition timeout!". */
    static boolean poolExhausted(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /**
     * Class 08 (connection exceptions) and 57P01–57P03 (the server shutting down, crashed, or still
     * starting up after a restart): the database is not there for now, the request was not wrong.
     */
    static boolean unavailable(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03"));
    }
}
