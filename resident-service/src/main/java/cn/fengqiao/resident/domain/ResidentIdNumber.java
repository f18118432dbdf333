package cn.fengqiao.resident.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;

/**
 * A mainland resident ID number (GB 11643): 6 digits of region, 8 of birth date, 3 of sequence (the
 * last odd for men), and a check character by ISO 7064 MOD 11-2 ({@code X} for 10). Parsing refuses
 * anything else with a reason a clerk can act on.
 */
public record ResidentIdNumber(String value, LocalDate birthDate, Gender gender) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public static ResidentIdNumber parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest(field, Bilingual.of("is required", "为必填项"));
        }
        String value = raw.strip().toUpperCase();
        if (value.length() == 15 && value.chars().allMatch(Character::isDigit)) {
            throw ProblemException.badRequest(
                    field,
                    Bilingual.of(
                            "is a 15-digit (first-generation) number, no longer accepted: give the 18-digit number",
                            "是已停用的 15 位（第一代）号码：请提供 18 位号码"));
        }
        if (!value.matches("\\d{17}[\\dX]")) {
            throw ProblemException.badRequest(
                    field, Bilingual.of("must be 18 characters: 17 digits and a digit or X", "须为 18 位：17 位数字加一位数字或 X"));
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(
                    field,
                    Bilingual.of("holds no real birth date ({0})", "所含出生日期不存在（{0}）")
                            .with(value.substring(6, 14)));
        }
        if (birthDate.getYear() < 1900 || birthDate.isAfter(LocalDate.now())) {
            throw ProblemException.badRequest(
                    field,
                    Bilingual.of("holds a birth date that cannot be ({0})", "所含出生日期不可能（{0}）")
                            .with(birthDate));
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw ProblemException.badRequest(
                    field, Bilingual.of("has a wrong check character: the number is mistyped", "校验码不符：号码输入有误"));
        }
        Gender gender = (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return new ResidentIdNumber(value, birthDate, gender);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    @Override
    public String toString() {
        return "ResidentIdNumber[masked]"; // never in a log line by accident
    }
}
