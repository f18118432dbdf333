package cn.fengqiao.infrastructure.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fengqiao.infrastructure.problem.ProblemException;

/**
 * Plain unit test of RFC 7396 as the corrections read it: a member given changes, null removes, a
 * member left out stays, a member that is no field is refused, a required field cannot be removed.
 */
class MergePatchTest {

    record Correction(@Size(min = 1, max = 5) String name, String note, Integer floor) {}

    static final ObjectMapper MAPPER = new ObjectMapper();
    static ValidatorFactory validation;
    static MergePatch.Reader reader;

    @BeforeAll
    static void reader() {
        validation = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        reader = new MergePatch.Reader();
        reader.mapper = MAPPER;
        reader.validator = validation.getValidator();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    static MergePatch<Correction> read(String json) throws Exception {
        return reader.read(MAPPER.readTree(json), Correction.class);
    }

    @Test
    void shouldChangeWhatIsGivenRemoveWhatIsNullAndKeepWhatIsLeftOut() throws Exception {
        MergePatch<Correction> patch = read("{\"name\":\"王五\",\"note\":null}");
        Changes changes = new Changes();

        assertThat(patch.apply(changes, "name", "王三", patch.values().name())).isEqualTo("王五");
        assertThat(patch.apply(changes, "note", "旧备注", patch.values().note())).isNull();
        assertThat(patch.apply(changes, "floor", 3, patch.values().floor())).isEqualTo(3);
        assertThat(changes.fields())
                .containsExactly(new Changes.Field("name", "王三", "王五"), new Changes.Field("note", "旧备注", null));
    }

    @Test
    void shouldRefuseAMemberThatIsNoFieldAnEmptyPatchAndRemovingARequiredField() throws Exception {
        assertThatThrownBy(() -> read("{\"id\":\"x\"}"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.toProblem().errors().get(0).field()).isEqualTo("id"));
        assertThatThrownBy(() -> read("{}")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> read("[]")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> read("{\"name\":\"\"}"))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);

        MergePatch<Correction> removed = read("{\"name\":null,\"note\":null}");
        assertThatThrownBy(() -> removed.requirePresent("floor", "name"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.toProblem().errors().get(0).field()).isEqualTo("name"));
        read("{\"note\":null}").requirePresent("name", "floor");
    }
}
