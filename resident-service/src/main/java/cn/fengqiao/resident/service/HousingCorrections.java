package cn.fengqiao.resident.service;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.resident.domain.Dwelling;
import cn.fengqiao.resident.domain.DwellingUse;
import cn.fengqiao.resident.domain.Rental;
import cn.fengqiao.resident.rest.DwellingCorrection;
import cn.fengqiao.resident.rest.RentalCorrection;

/**
 * Keeping the housing register true (一标三实: the actual housing): corrections of a dwelling's kind,
 * use and owner, and of a rental's tenants, landlord and days (a rental that ended early). Each is kept
 * in the record's history with who, when and why; a dwelling's correction or an officer's visit counts
 * as a check that it is true, and the dwellings nobody checked for months are listed per community.
 */
@ApplicationScoped
public class HousingCorrections {

    static final String DWELLING = "dwelling";
    static final String RENTAL = "rental";

    @Inject
    HousingService housing;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegisterChecks checks;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Dwelling correct(UUID id, MergePatch<DwellingCorrection> patch, Long expectedVersion, String reason) {
        Dwelling dwelling = housing.get(id);
        IfMatch.check("Dwelling " + id, dwelling.version, expectedVersion);
        DwellingCorrection to = patch.values();
        patch.requirePresent("kind", "use");
        Changes changes = new Changes();
        dwelling.kind = patch.apply(changes, "kind", dwelling.kind, to.kind());
        dwelling.use = patch.apply(changes, "use", dwelling.use, to.use());
        dwelling.ownerPersonId = patch.apply(
                changes,
                "ownerPersonId",
                dwelling.ownerPersonId,
                housing.registered("ownerPersonId", to.ownerPersonId()));
        dwelling.ownerName = patch.apply(changes, "ownerName", dwelling.ownerName, to.ownerName());
        if (!changes.isEmpty()) {
            verified(dwelling);
            changeLog.record(DWELLING, dwelling.id, reason, changes);
        }
        return dwelling;
    }

    /** An officer found the dwelling as registered on the spot (实有房屋核查). */
    @Transactional
    public Dwelling verify(UUID id) {
        Dwelling dwelling = housing.get(id);
        verified(dwelling);
        return dwelling;
    }

    @Transactional
    public List<ChangeLog.Entry> history(UUID id) {
        return changeLog.history(DWELLING, housing.get(id).id);
    }

    /** Standing dwellings of the caller's community (or the one asked) nobody checked for months, the oldest first. */
    @Transactional
    public <T> Page<T> unverified(String community, Integer months, PageRequest page, Function<Dwelling, T> view) {
        Parameters params =
                Parameters.with("before", checks.unverifiedBefore(months)).and("demolished", DwellingUse.DEMOLISHED);
        String query = "use <> :demolished AND verifiedAt < :before";
        String scope = caller.community().orElse(community);
        if (scope != null) {
            query += " AND community = :community";
            params.and("community", scope);
        }
        return Page.of(Dwelling.find(query + " ORDER BY verifiedAt, id", params), page, view);
    }

    @Transactional
    public Rental correctRental(
            UUID rentalId, MergePatch<RentalCorrection> patch, Long expectedVersion, String reason) {
        Rental rental = housing.rental(rentalId);
        IfMatch.check("Rental " + rentalId, rental.version, expectedVersion);
        RentalCorrection to = patch.values();
        patch.requirePresent("startOn", "tenantIds");
        Changes changes = new Changes();
        rental.landlordPersonId = patch.apply(
                changes,
                "landlordPersonId",
                rental.landlordPersonId,
                housing.registered("landlordPersonId", to.landlordPersonId()));
        rental.startOn = patch.apply(changes, "startOn", rental.startOn, to.startOn());
        rental.endOn = patch.apply(changes, "endOn", rental.endOn, to.endOn());
        if (rental.endOn != null && rental.endOn.isBefore(rental.startOn)) {
            throw ProblemException.badRequest("endOn", "must not be before startOn " + rental.startOn);
        }
        if (patch.has("tenantIds")) {
            List<UUID> before = housing.tenants(rental.id);
            List<UUID> after =
                    new LinkedHashSet<>(to.tenantIds()).stream().sorted().toList();
            if (!before.equals(after)) {
                housing.replaceTenants(rental, after);
                changes.note("tenantIds", before.toString(), after.toString());
                // the tenants live in their own table: the rental's version must still move
                em.lock(rental, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
        }
        changeLog.record(RENTAL, rental.id, reason, changes);
        return rental;
    }

    @Transactional
    public List<ChangeLog.Entry> rentalHistory(UUID rentalId) {
        return changeLog.history(RENTAL, housing.rental(rentalId).id);
    }

    private void verified(Dwelling dwelling) {
        dwelling.verifiedAt = clock.instant();
        dwelling.verifiedBy = caller.name();
    }
}
