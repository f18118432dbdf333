package cn.fengqiao.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.codes.CodeLabels;
import cn.fengqiao.infrastructure.testing.CodeTables;
import cn.fengqiao.mediation.rest.CodeResource;

/** Plain unit test: every code a caller can meet has a Chinese and an English label. */
class CodeLabelsTest {

    @Test
    void shouldLabelEveryCodeOfEveryTableInBothLanguages() {
        CodeTables.assertEveryCodeLabelled(CodeResource.TABLES.values());
    }

    @Test
    void shouldReadTheLabelsAsUtf8() {
        assertThat(CodeLabels.zh(JudicialStatus.CONFIRMED)).isEqualTo("司法确认有效");
        assertThat(CodeLabels.en(DisputeType.LANDLORD_TENANT)).isEqualTo("landlord and tenant");
    }
}
