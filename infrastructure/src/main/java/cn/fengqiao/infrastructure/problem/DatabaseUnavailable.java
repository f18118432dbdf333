package cn.fengqiao.infrastructure.problem;

import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/** Recognises "the database cannot be reached" among failures: a 503 for callers, a wait for consumers. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
