package cn.fengqiao.incident;

import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.fengqiao.incident.domain.UnitKind;
import cn.fengqiao.incident.service.UnitService;

/** Test helper: units with unique codes, so tests do not depend on each other's board. */
final class UnitFixtures {

    private UnitFixtures() {}

    static String onDuty(String community) {
        String code = "unit-" + UUID.randomUUID().toString().substring(0, 8);
        UnitService units = Arc.container().instance(UnitService.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            units.create(code, "测试民警 " + code, UnitKind.OFFICER, community);
            units.setOnDuty(code, true);
        });
        return code;
    }

    static String offDuty(String community) {
        String code = onDuty(community);
        UnitService units = Arc.container().instance(UnitService.class).get();
        QuarkusTransaction.requiringNew().run(() -> units.setOnDuty(code, false));
        return code;
    }
}
