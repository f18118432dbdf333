package cn.fengqiao.infrastructure.openapi;

/**
 * The longest text a regular expression matches, for the simple patterns Bean Validation constraints
 * use: literals, escapes, character classes, groups with alternatives, and the quantifiers {@code ?},
 * {@code {n}} and {@code {n,m}}. Null when the pattern is unbounded ({@code *}, {@code +},
 * {@code {n,}}) or uses anything else.
 */
final class PatternLength {

    private final String pattern;
    private int at;

    private PatternLength(String pattern) {
        this.pattern = pattern;
    }

    static Integer longest(String pattern) {
        String bare = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        bare = bare.endsWith("$") && !bare.endsWith("\\$") ? bare.substring(0, bare.length() - 1) : bare;
        PatternLength parser = new PatternLength(bare);
        try {
            long longest = parser.alternatives();
            return parser.at == bare.length() && longest < Integer.MAX_VALUE ? (int) longest : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // a|b|c: the longest of them
    private long alternatives() {
        long longest = sequence();
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private long sequence() {
        long total = 0;
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            total += atom() * repeats();
        }
        return total;
    }

    private long atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '(' -> {
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                }
                long inner = alternatives();
                expect(')');
                return inner;
            }
            case '[' -> {
                if (at < pattern.length() && pattern.charAt(at) == ']') {
                    at++;
                }
                while (at < pattern.length() && pattern.charAt(at) != ']') {
                    at += pattern.charAt(at) == '\\' ? 2 : 1;
                }
                expect(']');
                return 1;
            }
            case '\\' -> {
                at++;
                return 1;
            }
            case '*', '+', '{', '?', '^', '$' -> throw new IllegalArgumentException("not simple: " + c);
            default -> {
                return 1;
            }
        }
    }

    private long repeats() {
        if (at >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(at);
        if (c == '?') {
            at++;
            return 1;
        }
        if (c == '*' || c == '+') {
            throw new IllegalArgumentException("unbounded");
        }
        if (c != '{') {
            return 1;
        }
        int close = pattern.indexOf('}', at);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed {");
        }
        String[] bounds = pattern.substring(at + 1, close).split(",", -1);
        at = close + 1;
        String most = bounds[bounds.length - 1].strip();
        if (most.isEmpty()) {
            throw new IllegalArgumentException("unbounded");
        }
        return Long.parseLong(most);
    }

    private void expect(char c) {
        if (at >= pattern.length() || pattern.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        at++;
    }
}
