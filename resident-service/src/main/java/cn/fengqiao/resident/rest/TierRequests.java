package cn.fengqiao.resident.rest;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.fengqiao.resident.domain.Tier;
import cn.fengqiao.resident.domain.TierReason;

/** Bodies of the tier operations. */
public final class TierRequests {

    private TierRequests() {}

    /** A proposal to raise (officer) or the commander's own lowering: the tier, its reasons, why. */
    public record Change(
            @NotNull Tier tier,
            @NotEmpty @Size(max = 6) Set<@NotNull TierReason> reasons,
            @Size(max = 1000) String why) {}

    public record Decision(@Size(max = 1000) String note) {}
}
