package cn.fengqiao.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain unit test: Accept-Language decides between Chinese and English, the station's default otherwise. */
class ProblemLanguageTest {

    @Test
    void shouldFollowThePreferredOfChineseAndEnglishAndElseTheDefault() {
        assertThat(ProblemLanguage.chinese("zh-CN,zh;q=0.9,en;q=0.8", "en")).isTrue();
        assertThat(ProblemLanguage.chinese("en-US,en;q=0.9,zh-CN;q=0.5", "zh-CN"))
                .isFalse();
        assertThat(ProblemLanguage.chinese("en", "zh-CN")).isFalse();
        assertThat(ProblemLanguage.chinese("fr-FR", "zh-CN")).isTrue();
        assertThat(ProblemLanguage.chinese(null, "zh-CN")).isTrue();
        assertThat(ProblemLanguage.chinese(null, "en")).isFalse();
        assertThat(ProblemLanguage.chinese("zh;q=0", "en")).isFalse();
        assertThat(ProblemLanguage.chinese("en;q=abc,zh-TW", "en")).isTrue();
    }

    @Test
    void shouldTitleAProblemByItsStatus() {
        assertThat(ProblemLanguage.title(412, "Precondition failed", true)).isEqualTo("记录已被他人修改");
        assertThat(ProblemLanguage.title(412, "Precondition failed", false)).isEqualTo("Precondition failed");
        assertThat(ProblemLanguage.title(418, "I'm a teapot", true)).isEqualTo("I'm a teapot");
    }
}
