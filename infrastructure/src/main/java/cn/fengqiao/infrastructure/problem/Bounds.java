package cn.fengqiao.infrastructure.problem;

/** Bounds the request records of every service share, for Bean Validation and so for the contract. */
public final class Bounds {

    /**
     * The largest numeric id a request may name: 2^53 - 1, the largest integer a JavaScript client
     * holds exactly. The database's sequences are far from it.
     */
    public static final long MAX_ID = 9_007_199_254_740_991L;

    private Bounds() {}
}
