package cn.fengqiao.resident.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.Dwelling;
import cn.fengqiao.resident.domain.DwellingKind;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.domain.Rental;
import cn.fengqiao.resident.rest.HousingRequests;

/** Housing (实有房屋): dwellings, rentals with their tenants, and the rented-share report per community. */
@ApplicationScoped
public class HousingService {

    /** One community's line of the housing report. */
    public record CommunityHousing(
            String community, long dwellings, long rented, Double rentedShare, long unregisteredRentals) {}

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Dwelling register(HousingRequests.Dwelling request) {
        Address address = AddressService.current("addressId", request.addressId());
        if (address.community == null) {
            throw ProblemException.badRequest("addressId", Bilingual.of("is above the community level", "高于社区一级"));
        }
        if (!caller.mayAccess(address.community)) {
            throw ProblemException.forbidden(
                    Bilingual.of("You may register housing in your own community only", "您只能登记本社区的房屋"));
        }
        if (Dwelling.count("addressId", address.id) > 0) {
            throw ProblemException.conflict("A dwelling is registered at " + address.fullName);
        }
        registered("ownerPersonId", request.ownerPersonId());
        Dwelling dwelling = new Dwelling();
        dwelling.id = UUID.randomUUID();
        dwelling.addressId = address.id;
        dwelling.community = address.community;
        dwelling.kind = request.kind();
        dwelling.use = request.use();
        dwelling.ownerPersonId = request.ownerPersonId();
        dwelling.ownerName = request.ownerName();
        dwelling.createdAt = Instant.now();
        dwelling.createdBy = caller.name();
        dwelling.verifiedAt = dwelling.createdAt;
        dwelling.verifiedBy = dwelling.createdBy;
        dwelling.persist();
        return dwelling;
    }

    @Transactional
    public Dwelling get(UUID id) {
        Dwelling dwelling = Dwelling.<Dwelling>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Dwelling", "房屋", id));
        if (!caller.mayAccess(dwelling.community)) {
            throw ProblemException.forbidden(Bilingual.of("This dwelling is outside your community", "此房屋不在您的社区"));
        }
        return dwelling;
    }

    @Transactional
    public <T> Page<T> list(String community, DwellingKind kind, PageRequest page, Function<Dwelling, T> mapper) {
        String scope = caller.community().orElse(community);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope != null) {
            query.append(" AND community = :community");
            params.and("community", scope);
        }
        if (kind != null) {
            query.append(" AND kind = :kind");
            params.and("kind", kind);
        }
        return Page.of(Dwelling.find(query + " ORDER BY createdAt, id", params), page, mapper);
    }

    @Transactional
    public Rental rent(UUID dwellingId, HousingRequests.Rental request) {
        Dwelling dwelling = get(dwellingId);
        if (request.endOn() != null && request.endOn().isBefore(request.startOn())) {
            throw ProblemException.badRequest("endOn", Bilingual.of("must not be before startOn", "不得早于 startOn"));
        }
        Rental rental = new Rental();
        rental.id = UUID.randomUUID();
        rental.dwellingId = dwelling.id;
        rental.landlordPersonId = request.landlordPersonId() != null
                ? registered("landlordPersonId", request.landlordPersonId())
                : dwelling.ownerPersonId;
        rental.startOn = request.startOn();
        rental.endOn = request.endOn();
        rental.registered = request.registered();
        rental.createdAt = Instant.now();
        rental.registeredAt = request.registered() ? rental.createdAt : null;
        rental.createdBy = caller.name();
        rental.persist();
        replaceTenants(rental, List.copyOf(new LinkedHashSet<>(request.tenantIds())));
        return rental;
    }

    /** The rental's tenants from now on: persons of the register, each once. */
    @Transactional(Transactional.TxType.MANDATORY)
    void replaceTenants(Rental rental, List<UUID> tenants) {
        for (UUID tenant : tenants) {
            if (Person.findById(tenant) == null) {
                throw ProblemException.badRequest("tenantIds", "no person " + tenant + ": register the tenant first");
            }
        }
        em.flush();
        em.createNativeQuery("DELETE FROM rental_tenant WHERE rental_id = ?1")
                .setParameter(1, rental.id)
                .executeUpdate();
        for (UUID tenant : tenants) {
            em.createNativeQuery("INSERT INTO rental_tenant (rental_id, person_id) VALUES (?1, ?2)")
                    .setParameter(1, rental.id)
                    .setParameter(2, tenant)
                    .executeUpdate();
        }
    }

    /** A person named in a housing record (owner, landlord): none, or one of the register (400 otherwise). */
    UUID registered(String field, UUID personId) {
        if (personId != null && Person.findById(personId) == null) {
            throw ProblemException.badRequest(field, "no person " + personId);
        }
        return personId;
    }

    /** One rental, within the caller's community. */
    @Transactional
    public Rental rental(UUID rentalId) {
        Rental rental = Rental.<Rental>findByIdOptional(rentalId)
                .orElseThrow(() -> ProblemException.notFound("Rental", "租住登记", rentalId));
        get(rental.dwellingId);
        return rental;
    }

    /** The landlord reported the rental to the police (出租屋登记). */
    @Transactional
    public Rental registerRental(UUID rentalId) {
        Rental rental = rental(rentalId);
        if (!rental.registered) {
            rental.registered = true;
            rental.registeredAt = Instant.now();
        }
        return rental;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> tenants(UUID rentalId) {
        return em.createNativeQuery("SELECT person_id FROM rental_tenant WHERE rental_id = ?1 ORDER BY person_id")
                .setParameter(1, rentalId)
                .getResultList();
    }

    @Transactional
    public List<Rental> rentals(UUID dwellingId) {
        return Rental.list("dwellingId = ?1 ORDER BY startOn", get(dwellingId).id);
    }

    /**
     * Per community, on a day (today by default): dwellings, those with a rental running that day, the
     * rented share, and running rentals nobody reported to the police.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<CommunityHousing> report(String community, LocalDate day) {
        String scope = caller.community().orElse(community);
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.community, count(*),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM rental r WHERE r.dwelling_id = d.id
                                   AND r.start_on <= :day AND (r.end_on IS NULL OR r.end_on >= :day))),
                               (SELECT count(*) FROM rental r JOIN dwelling d2 ON d2.id = r.dwelling_id
                                 WHERE d2.community = d.community AND NOT r.registered
                                   AND r.start_on <= :day AND (r.end_on IS NULL OR r.end_on >= :day))
                        FROM dwelling d
                        WHERE d.use <> 'DEMOLISHED'
                          AND (CAST(:community AS TEXT) IS NULL OR d.community = :community)
                        GROUP BY d.community ORDER BY d.community""")
                .setParameter("day", on)
                .setParameter("community", scope)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    long dwellings = ((Number) r[1]).longValue();
                    long rented = ((Number) r[2]).longValue();
                    return new CommunityHousing(
                            (String) r[0],
                            dwellings,
                            rented,
                            dwellings == 0
                                    ? null
                                    : BigDecimal.valueOf((double) rented / dwellings)
                                            .setScale(4, RoundingMode.HALF_UP)
                                            .doubleValue(),
                            ((Number) r[3]).longValue());
                })
                .toList();
    }
}
