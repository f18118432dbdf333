package cn.fengqiao.resident.rest;

import java.math.BigDecimal;

import cn.fengqiao.resident.domain.Community;

/** A community with the police office that serves it. */
public record CommunityView(
        String code,
        String nameZh,
        String nameEn,
        String policeOfficeCode,
        String policeOfficeNameZh,
        BigDecimal areaKm2,
        Integer population) {

    static CommunityView of(Community c) {
        return new CommunityView(
                c.code, c.nameZh, c.nameEn, c.policeOffice.code, c.policeOffice.nameZh, c.areaKm2, c.population);
    }
}
