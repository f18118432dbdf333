package cn.fengqiao.resident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fengqiao.infrastructure.problem.ProblemException;

/** Plain unit test of the resident ID rules (GB 11643, ISO 7064 MOD 11-2). */
class ResidentIdNumberTest {

    /** A valid number for a region, birth date and sequence: the check character computed here by hand. */
    static String valid(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void shouldReadBirthDateAndGenderFromAValidNumber() {
        ResidentIdNumber id = ResidentIdNumber.parse("idNumber", "11010519491231002X");

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(ResidentIdNumber.parse("idNumber", valid("14050219900307123"))
                        .gender())
                .isEqualTo(Gender.MALE);
    }

    @Test
    void shouldAcceptALowerCaseX() {
        assertThat(ResidentIdNumber.parse("idNumber", "11010519491231002x").value())
                .isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "110105194912310021, wrong check character",
        "110105491231002, 15-digit",
        "1101051949123100, 18 characters",
        "11010519491331002X, no real birth date",
        "11010519490230002X, no real birth date",
        "1101051949123100Y2, 18 characters"
    })
    void shouldRefuseABadNumberWithTheReason(String raw, String reason) {
        assertThatThrownBy(() -> ResidentIdNumber.parse("idNumber", raw))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void shouldRefuseABirthDateInTheFuture() {
        String future = valid("140502" + LocalDate.now().plusYears(1).getYear() + "0101123");
        assertThatThrownBy(() -> ResidentIdNumber.parse("idNumber", future)).hasMessageContaining("cannot be");
    }

    @Test
    void shouldNeverPrintTheNumber() {
        assertThat(ResidentIdNumber.parse("idNumber", "11010519491231002X").toString())
                .doesNotContain("11010519491231002X");
    }
}
