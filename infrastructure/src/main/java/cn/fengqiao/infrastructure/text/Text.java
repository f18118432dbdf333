package cn.fengqiao.infrastructure.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What text the station stores. PostgreSQL refuses NUL; other control characters hide in names and
 * logs, and bidirectional overrides make a name read differently than it sorts and searches. So:
 * no C0 or C1 control characters (tab and line breaks aside in free text), no unpaired surrogates,
 * and in single-line values (names, codes, numbers) no tab, line break or bidirectional control
 * either. Everything kept is normalised to Unicode NFC, so a name typed as base letter plus
 * combining mark is stored and found as the same name typed precomposed. Emoji pass untouched.
 */
public final class Text {

    /**
     * Properties and parameters that hold one line: names, titles, codes, numbers and references,
     * by the API's naming convention (name, childName, username, unitCodes, idNumber, birthCertificateNo).
     */
    private static final Pattern SINGLE_LINE = Pattern.compile(
            "[a-zA-Z]*(?:name|Name|title|Title|codes?|Codes?|phone|Phone|contact|Contact|idNumber|Number|No"
                    + "|reference|Reference|community|Community)");

    private Text() {}

    /** Whether a property or parameter of this name holds a single line. */
    public static boolean singleLine(String name) {
        return name != null && SINGLE_LINE.matcher(name).matches();
    }

    /** Why the value cannot be stored, or null when it can. */
    public static String refusal(String value, boolean singleLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a broken character (an unpaired surrogate at position " + (i + 1) + ")";
            }
            boolean lineSpace = c == '\t' || c == '\n' || c == '\r';
            if (lineSpace && singleLine) {
                return "must be one line, without tab or line break (at position " + (i + 1) + ")";
            }
            if (!lineSpace && (c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
                return "must not contain control characters (" + codePoint(c) + " at position " + (i + 1) + ")";
            }
            if (singleLine && bidiControl(c)) {
                return "must not contain bidirectional controls (" + codePoint(c) + " at position " + (i + 1) + ")";
            }
        }
        return null;
    }

    /** The value in Unicode normal form C (the same string when it already is). */
    public static String normalized(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** U+200E, U+200F, the embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069. */
    static boolean bidiControl(char c) {
        return c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
