package cn.fengqiao.resident.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.security.Masking;
import cn.fengqiao.resident.config.PersonalDataCipher;
import cn.fengqiao.resident.domain.Venue;
import cn.fengqiao.resident.messaging.ResidentTopics;
import cn.fengqiao.resident.messaging.VenueClosed;
import cn.fengqiao.resident.rest.VenueCorrection;

/**
 * Keeping the register of units true (一标三实: the actual units): corrections of a venue's name, kind,
 * licence, person in charge (the phone masked in the history) and cameras, and its closing, which is
 * published so that whoever counts the venues of a place stops counting it. A correction or an
 * officer's visit counts as a check; the open venues nobody checked for months are listed.
 */
@ApplicationScoped
public class VenueCorrections {

    static final String RECORD = "venue";

    @Inject
    VenueService venues;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegisterChecks checks;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Venue correct(UUID id, MergePatch<VenueCorrection> patch, Long expectedVersion, String reason) {
        Venue venue = venues.get(id);
        IfMatch.check("Venue " + id, venue.version, expectedVersion);
        VenueCorrection to = patch.values();
        patch.requirePresent("name", "kind", "camerasCoverEntrance");
        Changes changes = new Changes();
        venue.name = patch.applyText(changes, "name", venue.name, to.name());
        venue.kind = patch.apply(changes, "kind", venue.kind, to.kind());
        venue.licence = patch.apply(changes, "licence", venue.licence, to.licence());
        venue.personInCharge = patch.apply(changes, "personInCharge", venue.personInCharge, to.personInCharge());
        if (patch.has("personInChargePhone")) {
            String phone = cipher.decrypt(venue.personInChargePhone);
            if (!Objects.equals(phone, to.personInChargePhone())) {
                changes.note("personInChargePhone", Masking.phone(phone), Masking.phone(to.personInChargePhone()));
                venue.personInChargePhone = cipher.encrypt(to.personInChargePhone());
            }
        }
        venue.camerasCoverEntrance =
                patch.apply(changes, "camerasCoverEntrance", venue.camerasCoverEntrance, to.camerasCoverEntrance());
        venue.closedOn =
                patch.apply(changes, "closedOn", venue.closedOn, checks.notAfterToday("closedOn", to.closedOn()));
        if (changes.isEmpty()) {
            return venue;
        }
        verified(venue);
        changeLog.record(RECORD, venue.id, reason, changes);
        if (changes.changed("closedOn")) {
            outbox.record(
                    ResidentTopics.RESIDENT_EVENTS,
                    VenueClosed.TYPE,
                    venue.id,
                    new VenueClosed(venue.id, venue.community, venue.addressId, venue.kind.name(), venue.closedOn));
        }
        return venue;
    }

    /** An officer found the venue as registered on the spot (实有单位核查). */
    @Transactional
    public Venue verify(UUID id) {
        Venue venue = venues.get(id);
        verified(venue);
        return venue;
    }

    @Transactional
    public List<ChangeLog.Entry> history(UUID id) {
        return changeLog.history(RECORD, venues.get(id).id);
    }

    /** Open venues of the caller's community (or the one asked) nobody has checked for months, the oldest first. */
    @Transactional
    public <T> Page<T> unverified(String community, Integer months, PageRequest page, Function<Venue, T> view) {
        Parameters params = Parameters.with("before", checks.unverifiedBefore(months));
        String query = "closedOn IS NULL AND verifiedAt < :before";
        String scope = caller.community().orElse(community);
        if (scope != null) {
            query += " AND community = :community";
            params.and("community", scope);
        }
        return Page.of(Venue.find(query + " ORDER BY verifiedAt, id", params), page, view);
    }

    private void verified(Venue venue) {
        venue.verifiedAt = clock.instant();
        venue.verifiedBy = caller.name();
    }
}
