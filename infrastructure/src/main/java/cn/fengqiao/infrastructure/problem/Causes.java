package cn.fengqiao.infrastructure.problem;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks for a failure among the causes and the suppressed exceptions of another: what the database
 * said is often several wrappers deep (Hibernate, Arc, the transaction manager), and a commit that
 * failed comes from Narayana as a RollbackException with the real error only suppressed.
 */
final class Causes {

    private Causes() {}

    static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        return find(failure, test, Collections.newSetFromMap(new IdentityHashMap<>())) != null;
    }

    static Throwable find(Throwable failure, Predicate<Throwable> test) {
        return find(failure, test, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable find(Throwable t, Predicate<Throwable> test, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        if (test.test(t)) {
            return t;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            Throwable found = find(suppressed, test, seen);
            if (found != null) {
                return found;
            }
        }
        return find(t.getCause(), test, seen);
    }
}
