package cn.fengqiao.resident.rest;

import java.time.Instant;
import java.util.UUID;

import cn.fengqiao.resident.domain.Person;

/** A person whose record nobody has found true for months: who, where, and the last check. No numbers. */
public record UnverifiedPerson(
        UUID id, String name, String community, UUID addressId, Instant verifiedAt, String verifiedBy) {

    public static UnverifiedPerson of(Person p) {
        return new UnverifiedPerson(p.id, p.name, p.community, p.addressId, p.verifiedAt, p.verifiedBy);
    }
}
