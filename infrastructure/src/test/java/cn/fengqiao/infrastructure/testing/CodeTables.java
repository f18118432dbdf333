package cn.fengqiao.infrastructure.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Collection;

import cn.fengqiao.infrastructure.codes.CodeLabels;

/** A service's code dictionary is complete: every code of every table has a Chinese and an English label. */
public final class CodeTables {

    private CodeTables() {}

    public static void assertEveryCodeLabelled(Collection<Class<? extends Enum<?>>> tables) {
        for (Class<? extends Enum<?>> table : tables) {
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
}
