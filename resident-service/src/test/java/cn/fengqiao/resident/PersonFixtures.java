package cn.fengqiao.resident;

import java.util.concurrent.ThreadLocalRandom;

/** Synthetic resident ID numbers that pass the check, never a real person's (region 140502: Chengqu, Jincheng). */
final class PersonFixtures {

    private PersonFixtures() {}

    static String idNumber(boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int year = 1940 + random.nextInt(80);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = "140502%04d%02d%02d%03d".formatted(year, month, day, sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
