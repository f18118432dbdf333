package cn.fengqiao.infrastructure.codes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The zh-CN and English labels of every code a service sends, kept as data in its codes.properties. */
public final class CodeLabels {

    private static final Properties LABELS = load();

    private CodeLabels() {}

    public static String zh(Enum<?> code) {
        return label(code, "zh");
    }

    public static String en(Enum<?> code) {
        return label(code, "en");
    }

    private static String label(Enum<?> code, String language) {
        String key = code.getDeclaringClass().getSimpleName() + "." + code.name() + "." + language;
        String label = LABELS.getProperty(key);
        if (label == null) {
            throw new IllegalStateException("codes.properties has no " + key);
        }
        return label;
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (Reader reader = new InputStreamReader(
                CodeLabels.class.getResourceAsStream("/codes.properties"), StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("codes.properties cannot be read", e);
        }
        return labels;
    }
}
