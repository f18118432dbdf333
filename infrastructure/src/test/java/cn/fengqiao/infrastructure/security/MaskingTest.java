package cn.fengqiao.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain unit test: masking of phone and resident ID numbers. */
class MaskingTest {

    @Test
    void shouldKeepThePrefixAndLastFourDigitsOfAPhone() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("+8613812345678")).isEqualTo("+86138****5678");
    }

    @Test
    void shouldHideShortOrOddNumbersCompletely() {
        assertThat(Masking.phone("12345")).isEqualTo("****");
        assertThat(Masking.idNumber("12345")).isEqualTo("****");
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void shouldKeepTheRegionCodeAndLastFourOfAnIdNumber() {
        assertThat(Masking.idNumber("11010119900307123X")).isEqualTo("110101********123X");
    }
}
