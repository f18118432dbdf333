package cn.fengqiao.infrastructure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain unit test: which text the station refuses, and the form it stores. */
class TextTest {

    @Test
    void shouldRefuseNulAndOtherControlCharactersButKeepTabsAndLineBreaksInFreeText() {
        assertThat(Text.refusal("张\u0000三", false)).contains("U+0000");
        assertThat(Text.refusal("bell\u0007", false)).contains("U+0007");
        assertThat(Text.refusal("c1\u0085", false)).contains("U+0085");
        assertThat(Text.refusal("del\u007f", false)).contains("U+007F");
        assertThat(Text.refusal("第一行\n第二行\tend\r\n", false)).isNull();
        assertThat(Text.refusal("ئۇيغۇر \u202bمەتىن\u202c", false))
                .as("embeddings in free text")
                .isNull();
    }

    @Test
    void shouldKeepSingleLineValuesToOneLineWithoutBidiControls() {
        assertThat(Text.refusal("张三\nx", true)).contains("one line");
        assertThat(Text.refusal("\u202e三张", true)).contains("U+202E");
        assertThat(Text.refusal("张\u2066三", true)).contains("U+2066");
        assertThat(Text.refusal("张三 Zhāng Sān", true)).isNull();
    }

    @Test
    void shouldKeepEmojiAndRefuseOnlyUnpairedSurrogates() {
        assertThat(Text.refusal("报警人很着急 😟👍🏽", false)).isNull();
        assertThat(Text.refusal("broken \ud83d", false)).contains("unpaired");
        assertThat(Text.refusal("\ude1f broken", false)).contains("unpaired");
    }

    @Test
    void shouldNormaliseToNfc() {
        assertThat(Text.normalized("Zoe\u0308")).isEqualTo("Zo\u00eb");
        assertThat(Text.normalized("Lu\u0308\u030c")).isEqualTo("L\u01da");
        String already = "南街派出所";
        assertThat(Text.normalized(already)).isSameAs(already);
    }

    @Test
    void shouldTakeNamesCodesAndNumbersForSingleLineValues() {
        for (String name : new String[] {
            "name",
            "childName",
            "username",
            "title",
            "code",
            "unitCodes",
            "phone",
            "reporterPhone",
            "contact",
            "idNumber",
            "fatherIdNumber",
            "birthCertificateNo",
            "reference",
            "courtReference",
            "community"
        }) {
            assertThat(Text.singleLine(name)).as(name).isTrue();
        }
        for (String name : new String[] {"summary", "note", "reason", "text", "terms", "description", "occupation"}) {
            assertThat(Text.singleLine(name)).as(name).isFalse();
        }
    }
}
