package cn.fengqiao.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.codes.CodeLabels;
import cn.fengqiao.mediation.rest.CodeResource;

/** Plain unit test: every code a caller can meet has a Chinese and an English label. */
class CodeLabelsTest {

    @Test
    void shouldLabelEveryCodeOfEveryTableInBothLanguages() {
        for (Class<? extends Enum<?>> table : CodeResource.TABLES.values()) {
            for (Enum<?> code : table.getEnumConstants()) {
                assertThatCode(() -> {
                            assertThat(CodeLabels.zh(code)).as(code + " zh").isNotBlank();
                            assertThat(CodeLabels.en(code)).as(code + " en").isNotBlank();
                        })
                        .as(table.getSimpleName() + "." + code.name())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void shouldReadTheLabelsAsUtf8() {
        assertThat(CodeLabels.zh(JudicialStatus.CONFIRMED)).isEqualTo("司法确认有效");
        assertThat(CodeLabels.en(DisputeType.LANDLORD_TENANT)).isEqualTo("landlord and tenant");
    }
}
