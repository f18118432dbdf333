package cn.fengqiao.systemtests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Names as the station's register has them, for the benchmarks' 100,000 persons and their searches. */
final class PersonNames {

    static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";
    static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉凤春海燕晓东鹏飞婷雪梅慧斌宇浩然";

    /**
     * Copies a person registered through the API (so the encrypted ID number decrypts) under new
     * names and keyed lookups: parameters communities (text[]), how many, the template's id.
     */
    static final String INSERT = """
            INSERT INTO person (id, id_number_lookup, id_number_cipher, name, gender, birth_date, household_type,
                                community, registered_at, registered_by)
            SELECT gen_random_uuid(), 'benchmark-' || gen_random_uuid(), t.id_number_cipher,
                   substr('%1$s', 1 + floor(random() * %2$d)::int, 1)
                       || substr('%3$s', 1 + floor(random() * %4$d)::int, 1)
                       || CASE WHEN random() < 0.6 THEN substr('%3$s', 1 + floor(random() * %4$d)::int, 1) ELSE '' END,
                   t.gender, t.birth_date, t.household_type,
                   (?::text[])[1 + n %% 8], t.registered_at, 'benchmark'
            FROM person t, generate_series(1, ?) AS n
            WHERE t.id = ?
            """.formatted(SURNAMES, SURNAMES.length(), GIVEN, GIVEN.length());

    private PersonNames() {}

    /** A surname, or a surname and the first character of a given name: how an officer starts typing. */
    static String prefix(Random random) {
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        return random.nextBoolean() ? surname : surname + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    static String encodedPrefix(Random random) {
        return URLEncoder.encode(prefix(random), StandardCharsets.UTF_8);
    }
}
