package cn.fengqiao.resident.messaging;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code cn.fengqiao.resident.person-moved.v1}: a person moved to another address of the
 * station, or out of its area ({@code movedOut}, with no new address). No name, no numbers.
 */
public record PersonMoved(
        UUID personId,
        String fromCommunity,
        String toCommunity,
        UUID fromAddressId,
        UUID toAddressId,
        LocalDate movedOn,
        boolean movedOut) {

    public static final String TYPE = "cn.fengqiao.resident.person-moved.v1";
}
