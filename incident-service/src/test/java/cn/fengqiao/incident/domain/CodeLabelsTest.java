package cn.fengqiao.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import cn.fengqiao.incident.rest.CodeResource;
import cn.fengqiao.infrastructure.codes.CodeLabels;

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
        assertThat(CodeLabels.zh(IncidentCategory.DISPUTE)).isEqualTo("纠纷类");
        assertThat(CodeLabels.en(TransferTarget.AMBULANCE_120)).isEqualTo("120 ambulance");
    }
}
