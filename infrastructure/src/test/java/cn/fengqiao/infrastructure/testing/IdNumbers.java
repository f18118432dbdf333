package cn.fengqiao.infrastructure.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Synthetic resident ID numbers that pass the check, never a real person's (region 140502: Chengqu, Jincheng). */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private IdNumbers() {}

    /** A random valid 18-character ID number (ISO 7064 MOD 11-2 check character) of a man or a woman. */
    public static String random(boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int year = 1940 + random.nextInt(80);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = "140502%04d%02d%02d%03d".formatted(year, month, day, sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A random mobile number of the 139 range. */
    public static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
