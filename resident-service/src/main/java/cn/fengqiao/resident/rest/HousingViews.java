package cn.fengqiao.resident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.fengqiao.resident.domain.Dwelling;
import cn.fengqiao.resident.domain.DwellingKind;
import cn.fengqiao.resident.domain.DwellingUse;
import cn.fengqiao.resident.domain.Rental;

/** What the housing operations answer: ids of persons, never their numbers. */
public final class HousingViews {

    private HousingViews() {}

    public record DwellingView(
            UUID id,
            UUID addressId,
            String community,
            DwellingKind kind,
            DwellingUse use,
            UUID ownerPersonId,
            String ownerName,
            Instant verifiedAt,
            String verifiedBy,
            long version) {

        public static DwellingView of(Dwelling d) {
            return new DwellingView(
                    d.id,
                    d.addressId,
                    d.community,
                    d.kind,
                    d.use,
                    d.ownerPersonId,
                    d.ownerName,
                    d.verifiedAt,
                    d.verifiedBy,
                    d.version);
        }
    }

    public record RentalView(
            UUID id,
            UUID dwellingId,
            UUID landlordPersonId,
            List<UUID> tenantIds,
            LocalDate startOn,
            LocalDate endOn,
            boolean registered,
            Instant registeredAt,
            long version) {

        public static RentalView of(Rental r, List<UUID> tenants) {
            return new RentalView(
                    r.id,
                    r.dwellingId,
                    r.landlordPersonId,
                    tenants,
                    r.startOn,
                    r.endOn,
                    r.registered,
                    r.registeredAt,
                    r.version);
        }
    }
}
