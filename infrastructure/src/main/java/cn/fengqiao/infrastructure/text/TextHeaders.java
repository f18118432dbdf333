package cn.fengqiao.infrastructure.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;

/**
 * Words a caller sends in a header (X-Purpose, X-Reason). Headers travel as Latin-1, so Chinese is
 * sent percent-encoded UTF-8 (核查身份 as %E6%A0%B8…); plain ASCII passes as it is.
 */
public final class TextHeaders {

    /** The most characters a text header may carry, decoded. */
    public static final int MAX_LENGTH = 500;

    /** The longest such header as sent: every character a percent-encoded three-byte one (%E6%A0%B8). */
    public static final int ENCODED_LENGTH = MAX_LENGTH * 9;

    private TextHeaders() {}

    /** The decoded words, NFC; null when absent or blank; 400 naming the header for unsafe text or too much of it. */
    public static String decoded(String header, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String words;
        try {
            words = URLDecoder.decode(value.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            words = value.strip();
        }
        if (words.codePointCount(0, words.length()) > MAX_LENGTH) {
            throw ProblemException.badRequest(
                    header,
                    Bilingual.of("may be at most {0} characters", "最多 {0} 个字符").with(MAX_LENGTH));
        }
        String refusal = Text.refusal(words, false);
        if (refusal != null) {
            throw ProblemException.badRequest(header, refusal);
        }
        return Text.normalized(words.strip());
    }
}
