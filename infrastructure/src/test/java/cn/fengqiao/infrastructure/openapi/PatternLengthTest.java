package cn.fengqiao.infrastructure.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The longest text of the patterns the request records use, and no bound for an unbounded one. */
class PatternLengthTest {

    @Test
    void shouldFindTheLongestTextOfABoundedPattern() {
        assertThat(PatternLength.longest("[a-z][a-z0-9-]{1,39}")).isEqualTo(40);
        assertThat(PatternLength.longest("(\\+86)?1[3-9]\\d{9}")).isEqualTo(14);
        assertThat(PatternLength.longest("^[A-Z_]{2,30}$")).isEqualTo(30);
        assertThat(PatternLength.longest("json|xml")).isEqualTo(4);
        assertThat(PatternLength.longest("\\d{17}[\\dX]")).isEqualTo(18);
        assertThat(PatternLength.longest("[0-9]{1,3}:[0-9]{1,3}")).isEqualTo(7);
        assertThat(PatternLength.longest("(?:ab|c){2}")).isEqualTo(4);
    }

    @Test
    void shouldGiveNoBoundForAnUnboundedOrUnknownPattern() {
        assertThat(PatternLength.longest("[a-z]+")).isNull();
        assertThat(PatternLength.longest("a*b")).isNull();
        assertThat(PatternLength.longest("a{2,}")).isNull();
        assertThat(PatternLength.longest("(ab")).isNull();
    }
}
