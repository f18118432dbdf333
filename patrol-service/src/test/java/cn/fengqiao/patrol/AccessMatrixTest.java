package cn.fengqiao.patrol;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

import cn.fengqiao.infrastructure.testing.AccessMatrix;

/**
 * The access rules of patrol-service, read from the station's policy table (deploy/policy/access-policy.csv)
 * and checked for every role with a real token of the third-party client. Calls go straight to the service.
 */
@QuarkusTest
class AccessMatrixTest {

    // The test station (db/testdata) gives the area, patroller and squad; {none} exists nowhere, {cell} is nobody's.
    static final Map<String, String> IDS = Map.of(
            "none", "00000000-0000-0000-0000-00000000abcd",
            "cell", "-999:-999",
            "area", "T-A1",
            "patroller", "officer-01",
            "squad", "T-SQ1");

    static Stream<Arguments> cells() {
        return AccessMatrix.cells("patrol-service");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void shouldAllowExactlyTheRolesTheTableNames(String operation, String role, AccessMatrix.Rule rule) {
        AccessMatrix.check(rule, role, IDS);
    }
}
