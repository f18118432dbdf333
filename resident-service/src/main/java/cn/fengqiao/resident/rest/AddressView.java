package cn.fengqiao.resident.rest;

import java.time.LocalDate;
import java.util.UUID;

import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.AddressLevel;

/** A standard address as the API shows it. */
public record AddressView(
        UUID id,
        String code,
        AddressLevel level,
        UUID parentId,
        String name,
        String fullName,
        String community,
        Double latitude,
        Double longitude,
        LocalDate retiredOn,
        long version) {

    public static AddressView of(Address a) {
        return new AddressView(
                a.id,
                a.code,
                a.level,
                a.parentId,
                a.name,
                a.fullName,
                a.community,
                a.latitude,
                a.longitude,
                a.retiredOn,
                a.version);
    }
}
