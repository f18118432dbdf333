package cn.fengqiao.infrastructure.problem;

/**
 * A text a caller reads, in the station's two languages, with numbered places ({0}, {1}) for the
 * values. Written where the rule is, so the two sentences are read and changed together; the
 * language is chosen per request (ProblemLanguageFilter). A text without a Chinese sentence yet
 * reads English in both.
 */
public record Bilingual(String english, String chinese) {

    public static Bilingual of(String english, String chinese) {
        return new Bilingual(english, chinese);
    }

    /** English only, until someone writes the Chinese. */
    public static Bilingual english(String english) {
        return new Bilingual(english, null);
    }

    /** The sentences with their places filled; a value is written as it is in both. */
    public Bilingual with(Object... values) {
        return new Bilingual(fill(english, values), fill(chinese, values));
    }

    public String in(boolean inChinese) {
        return inChinese && chinese != null ? chinese : english;
    }

    private static String fill(String text, Object[] values) {
        if (text == null) {
            return null;
        }
        String filled = text;
        for (int i = 0; i < values.length; i++) {
            filled = filled.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return filled;
    }
}
