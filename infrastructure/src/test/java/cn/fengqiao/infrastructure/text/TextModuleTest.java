package cn.fengqiao.infrastructure.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Plain unit test: the request mapper with TextModule refuses unsafe text in every kind of field. */
class TextModuleTest {

    enum Kind {
        FLAT
    }

    record Request(
            String name,
            String note,
            Kind kind,
            LocalDate day,
            UUID id,
            int count,
            List<String> unitCodes,
            JsonNode extra) {}

    static final ObjectMapper MAPPER = mapper();

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new TextModule().customize(mapper);
        return mapper;
    }

    @Test
    void shouldReadCleanTextInNfcAndKeepLineBreaksInFreeText() throws Exception {
        Request request = MAPPER.readValue("""
                {"name":"Zoe\\u0308","note":"第一行\\n第二行 🙂","kind":"FLAT","day":"2024-07-03",
                 "id":"5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10","count":"3","unitCodes":["u-1"],"extra":{"a":"x\\ny"}}""", Request.class);
        assertThat(request.name()).isEqualTo("Zo\u00eb");
        assertThat(request.note()).isEqualTo("第一行\n第二行 🙂");
        assertThat(request.kind()).isEqualTo(Kind.FLAT);
        assertThat(request.count()).isEqualTo(3);
        assertThat(request.extra().get("a").asText()).isEqualTo("x\ny");
    }

    @Test
    void shouldRefuseControlCharactersNamingTheFieldWhateverItsType() {
        for (String field : new String[] {
            "\"name\":\"张\\u0000三\"",
            "\"note\":\"\\u0007\"",
            "\"kind\":\"FLAT\\u0000\"",
            "\"day\":\"2024-07-03\\u0007\"",
            "\"id\":\"5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10\\u0000\"",
            "\"count\":\"3\\u0000\"",
            "\"unitCodes\":[\"u-1\\u001b\"]",
            "\"name\":\"\\u202e张三\"",
            "\"name\":\"张\\n三\""
        }) {
            String name = field.substring(1, field.indexOf('"', 1));
            assertThatThrownBy(() -> MAPPER.readValue("{" + field + "}", Request.class), field)
                    .isInstanceOf(InvalidTextException.class)
                    .satisfies(e -> assertThat(
                                    ((InvalidTextException) e).getPath().get(0).getFieldName())
                            .isEqualTo(name));
        }
    }
}
