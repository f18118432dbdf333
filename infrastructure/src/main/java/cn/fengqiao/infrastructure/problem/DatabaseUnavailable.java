package cn.fengqiao.infrastructure.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/** Recognises "the database cannot be reached" among failures: a 503 for callers, a wait for consumers. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"))
                    || (t instanceof SQLException sql && unavailable(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
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
