package cn.fengqiao.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.fengqiao.incident.rest.CodeResource;
import cn.fengqiao.infrastructure.codes.CodeLabels;
import cn.fengqiao.infrastructure.testing.CodeTables;

/** Plain unit test: every code a caller can meet has a Chinese and an English label. */
class CodeLabelsTest {

    @Test
    void shouldLabelEveryCodeOfEveryTableInBothLanguages() {
        CodeTables.assertEveryCodeLabelled(CodeResource.TABLES.values());
    }

    @Test
    void shouldReadTheLabelsAsUtf8() {
        assertThat(CodeLabels.zh(IncidentCategory.DISPUTE)).isEqualTo("纠纷类");
        assertThat(CodeLabels.en(TransferTarget.AMBULANCE_120)).isEqualTo("120 ambulance");
    }
}
