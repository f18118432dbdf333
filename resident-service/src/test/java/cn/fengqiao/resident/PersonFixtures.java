package cn.fengqiao.resident;

import cn.fengqiao.infrastructure.testing.IdNumbers;

/** Synthetic resident ID numbers and phones for the tests (see {@link IdNumbers}). */
final class PersonFixtures {

    private PersonFixtures() {}

    static String idNumber(boolean male) {
        return IdNumbers.random(male);
    }

    static String phone() {
        return IdNumbers.phone();
    }
}
