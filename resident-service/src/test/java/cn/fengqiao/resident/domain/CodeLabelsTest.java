package cn.fengqiao.resident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.codes.CodeLabels;
import cn.fengqiao.infrastructure.testing.CodeTables;
import cn.fengqiao.resident.rest.CodeResource;

/** Plain unit test: every code a caller can meet has a Chinese and an English label. */
class CodeLabelsTest {

    @Test
    void shouldLabelEveryCodeOfEveryTableInBothLanguages() {
        CodeTables.assertEveryCodeLabelled(CodeResource.TABLES.values());
    }

    @Test
    void shouldReadTheLabelsAsUtf8() {
        assertThat(CodeLabels.zh(HouseholdType.FLOATING)).isEqualTo("流动人口");
        assertThat(CodeLabels.en(DwellingUse.DEMOLISHED)).isEqualTo("Demolished");
    }
}
