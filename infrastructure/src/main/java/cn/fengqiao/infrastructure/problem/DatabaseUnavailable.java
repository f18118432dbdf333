package cn.fengqiao.infrastructure.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/** Recognises "the database cannot be reached" among failures: a 503 for callers, a wait for consumers. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable failure) {
        return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Walks the causes and the suppressed exceptions too: a commit that loses its connection comes
     * from the transaction manager as a RollbackException with the driver's error only suppressed.
     */
    private static boolean causes(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || poolExhausted(t.getMessage())
                || (t instanceof SQLException sql && unavailable(sql.getSQLState()))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(t.getCause(), seen);
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
