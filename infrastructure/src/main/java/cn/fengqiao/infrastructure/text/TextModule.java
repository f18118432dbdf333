package cn.fengqiao.infrastructure.text;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Puts {@link TextDeserializer} and {@link ScalarTextGuard} into the mapper that reads every request body. */
@Singleton
public class TextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("fengqiao-text")
                .addDeserializer(String.class, TextDeserializer.FREE_TEXT)
                .setDeserializerModifier(new ScalarTextGuard.Modifier()));
    }
}
