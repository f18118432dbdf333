package cn.fengqiao.infrastructure.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.text.TextHeaders;

/** Plain unit test: a query parameter that cannot be read is a 400 naming it; a missing one is null. */
class QueryParamsTest {

    enum Colour {
        RED,
        BLUE
    }

    @Test
    void shouldReadEachTypeAndTreatBlankAsMissing() {
        assertThat(QueryParams.code("colour", "RED", Colour.class)).isEqualTo(Colour.RED);
        assertThat(QueryParams.code("colour", " ", Colour.class)).isNull();
        assertThat(QueryParams.uuid("id", "5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10"))
                .isEqualTo(UUID.fromString("5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10"));
        assertThat(QueryParams.integer("year", "2023")).isEqualTo(2023);
        assertThat(QueryParams.bool("repeated", "false")).isFalse();
        assertThat(QueryParams.day("day", "2024-07-03")).isEqualTo(LocalDate.of(2024, 7, 3));
        assertThat(QueryParams.day("day", null)).isNull();
    }

    @Test
    void shouldRefuseUnreadableValuesWithA400ThatNamesTheParameter() {
        assertThatThrownBy(() -> QueryParams.code("colour", "GREEN", Colour.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.toProblem().status()).isEqualTo(400);
                    assertThat(e.toProblem().errors())
                            .extracting(Problem.FieldError::field)
                            .containsExactly("colour");
                })
                .hasMessageContaining("[RED, BLUE]");
        assertThatThrownBy(() -> QueryParams.uuid("id", "42")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> QueryParams.integer("year", "twenty")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> QueryParams.bool("repeated", "yes")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> QueryParams.day("day", "2024-13-01")).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldRefuseANegativePageAndDefaultAMissingOne() {
        assertThatThrownBy(() -> new PageRequest(-1, 20).page()).isInstanceOf(ProblemException.class);
        assertThat(new PageRequest().page()).isZero();
        assertThat(new PageRequest().size()).isEqualTo(PageRequest.DEFAULT_SIZE);
    }

    @Test
    void shouldBoundSearchTextAndTextHeadersByCharactersNotBytes() {
        assertThat(QueryParams.text("name", "王".repeat(100), 100)).hasSize(100);
        assertThat(QueryParams.text("name", " ", 100)).isNull();
        assertThatThrownBy(() -> QueryParams.text("name", "王".repeat(101), 100))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.toProblem().errors())
                                .extracting(Problem.FieldError::field)
                                .containsExactly("name"));
        String encoded = java.net.URLEncoder.encode("核".repeat(TextHeaders.MAX_LENGTH), StandardCharsets.UTF_8);
        assertThat(encoded).hasSize(TextHeaders.ENCODED_LENGTH);
        assertThat(TextHeaders.decoded("X-Purpose", encoded)).hasSize(TextHeaders.MAX_LENGTH);
        assertThatThrownBy(() -> TextHeaders.decoded("X-Purpose", encoded + "%E6%A0%B8"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.toProblem().errors())
                                .extracting(Problem.FieldError::field)
                                .containsExactly("X-Purpose"));
    }
}
