package cn.fengqiao.edge;

import java.util.Locale;
import java.util.Map;

/**
 * The language a problem is told in: Chinese for the station's staff, English for a caller whose
 * Accept-Language prefers it; a caller that states neither gets the configured default
 * ({@code fengqiao.default-language}, zh-CN for the station). Titles follow the status.
 */
public final class ProblemLanguage {

    public static final String DEFAULT_PROPERTY = "fengqiao.default-language";

    private static final Map<Integer, String> CHINESE_TITLES = Map.ofEntries(
            Map.entry(400, "请求有误"),
            Map.entry(401, "未通过身份认证"),
            Map.entry(403, "无权进行此操作"),
            Map.entry(404, "未找到"),
            Map.entry(405, "不支持此请求方法"),
            Map.entry(406, "无法按所要求的格式答复"),
            Map.entry(409, "与当前状态冲突"),
            Map.entry(411, "缺少请求体长度"),
            Map.entry(412, "记录已被他人修改"),
            Map.entry(413, "请求体过大"),
            Map.entry(414, "请求地址过长"),
            Map.entry(415, "不支持的请求体格式"),
            Map.entry(422, "无法处理的内容"),
            Map.entry(429, "请求过于频繁"),
            Map.entry(431, "请求头过大"),
            Map.entry(500, "服务器内部错误"),
            Map.entry(502, "后端服务出错"),
            Map.entry(503, "服务暂不可用"),
            Map.entry(504, "后端服务超时"));

    private ProblemLanguage() {}

    /** Whether to answer in Chinese: the preferred of zh and en in Accept-Language, else the default. */
    public static boolean chinese(String acceptLanguage, String defaultLanguage) {
        double zh = -1;
        double en = -1;
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String[] parts = range.strip().split(";");
                String tag = parts[0].strip().toLowerCase(Locale.ROOT);
                double q = quality(parts);
                if (tag.equals("zh") || tag.startsWith("zh-")) {
                    zh = Math.max(zh, q);
                } else if (tag.equals("en") || tag.startsWith("en-")) {
                    en = Math.max(en, q);
                }
            }
        }
        if (zh <= 0 && en <= 0) {
            return defaultLanguage == null
                    || defaultLanguage.toLowerCase(Locale.ROOT).startsWith("zh");
        }
        return zh >= en;
    }

    /** The title in the chosen language; a status without a Chinese title keeps the English one. */
    public static String title(int status, String englishTitle, boolean chinese) {
        return chinese ? CHINESE_TITLES.getOrDefault(status, englishTitle) : englishTitle;
    }

    /** The value of Content-Language for the choice. */
    public static String tag(boolean chinese) {
        return chinese ? "zh-CN" : "en";
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
