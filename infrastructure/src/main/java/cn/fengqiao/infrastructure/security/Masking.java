package cn.fengqiao.infrastructure.security;

/** Masks personal numbers for lists and logs: enough to recognise, not enough to misuse. */
public final class Masking {

    private Masking() {}

    /** 13812345678 -> 138****5678; +8613812345678 keeps its prefix. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 11) {
            return phone == null ? null : "****";
        }
        int end = phone.length();
        return phone.substring(0, end - 8) + "****" + phone.substring(end - 4);
    }

    /** 110101199003071234 -> 110101********1234. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "****";
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
