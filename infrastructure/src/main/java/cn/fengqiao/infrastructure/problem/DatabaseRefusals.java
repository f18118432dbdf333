package cn.fengqiao.infrastructure.problem;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.dialect.lock.OptimisticEntityLockException;

/**
 * What the database refused, as the caller should hear it. A request that lost a race to another
 * (a version changed between read and commit, a serialization failure, a deadlock, a unique key
 * taken a moment earlier) did nothing and may be retried: 409, or 412 when it named the version it
 * expected. These often surface only at flush or commit, wrapped by the transaction manager, so
 * the whole chain is searched rather than the exception's own class.
 */
public final class DatabaseRefusals {

    private DatabaseRefusals() {}

    /** The problem for a refusal found in the chain, or empty when the failure is none of these. */
    public static Optional<Problem> problemFor(Throwable failure, boolean versionExpected) {
        if (Causes.anyMatch(failure, DatabaseRefusals::lostVersionRace)) {
            return Optional.of(
                    versionExpected
                            ? Problem.of(
                                    412,
                                    "Precondition failed",
                                    "Someone changed this record first; reload it and try again")
                            : Problem.of(
                                    409, "Conflict", "Someone changed this record first; reload it and try again"));
        }
        Throwable sql = Causes.find(failure, t -> t instanceof SQLException e && e.getSQLState() != null);
        return sql == null ? Optional.empty() : Optional.ofNullable(forState(((SQLException) sql).getSQLState()));
    }

    private static boolean lostVersionRace(Throwable t) {
        return t instanceof OptimisticLockException
                || t instanceof StaleStateException
                || t instanceof OptimisticEntityLockException;
    }

    /** PostgreSQL's SQLSTATE codes (Appendix A of its manual) that say "not now" or "not like this". */
    static Problem forState(String state) {
        return switch (state) {
            case "40001", "40P01", "55P03" ->
                Problem.of(409, "Conflict", "Another request changed the same records at the same moment; try again");
            case "23505" ->
                Problem.of(
                        409,
                        "Conflict",
                        "A record with the same key already exists (perhaps made by a request just now)");
            case "23503" ->
                Problem.of(
                        409,
                        "Conflict",
                        "The change refers to a record that is gone, or removes one still referred to");
            case "23502", "23514" ->
                Problem.of(422, "Unprocessable content", "The change breaks a rule of the register and was not stored");
            default ->
                state.startsWith("22")
                        ? Problem.of(400, "Invalid request", "A value of the request cannot be stored as given")
                        : null;
        };
    }
}
