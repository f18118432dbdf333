package cn.fengqiao.patrol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.codes.CodeLabels;
import cn.fengqiao.infrastructure.testing.CodeTables;
import cn.fengqiao.patrol.rest.CodeResource;

/** Plain unit test: every code a caller can meet has a Chinese and an English label. */
class CodeLabelsTest {

    @Test
    void shouldLabelEveryCodeOfEveryTableInBothLanguages() {
        CodeTables.assertEveryCodeLabelled(CodeResource.TABLES.values());
    }

    @Test
    void shouldReadTheLabelsAsUtf8() {
        assertThat(CodeLabels.zh(Level.VOLUNTEER)).isEqualTo("群防群治力量");
        assertThat(CodeLabels.en(SchoolTopic.ANTI_FRAUD)).isEqualTo("Fraud prevention");
    }
}
