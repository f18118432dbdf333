package cn.fengqiao.resident.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.Dwelling;
import cn.fengqiao.resident.domain.DwellingUse;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.domain.Venue;
import cn.fengqiao.resident.rest.AddressCorrection;

/**
 * Keeping the standard address tree true (一标: one standard address): a road renamed (the full names
 * of everything below it follow), a position fixed, an address retired when it stops existing. An
 * address that anything still hangs off (a node below it, a person living there, a dwelling, an open
 * venue) is not retired: 409 naming what holds it.
 */
@ApplicationScoped
public class AddressCorrections {

    static final String RECORD = "address";

    @Inject
    AddressService addresses;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegisterChecks checks;

    @Transactional
    public Address correct(UUID id, MergePatch<AddressCorrection> patch, Long expectedVersion, String reason) {
        Address address = addresses.get(id);
        IfMatch.check("Address " + address.code, address.version, expectedVersion);
        AddressCorrection to = patch.values();
        patch.requirePresent("name");
        Changes changes = new Changes();
        address.name = patch.applyText(changes, "name", address.name, to.name());
        address.latitude = patch.apply(changes, "latitude", address.latitude, to.latitude());
        address.longitude = patch.apply(changes, "longitude", address.longitude, to.longitude());
        if (patch.has("retiredOn")) {
            if (to.retiredOn() != null && address.retiredOn == null) {
                refuseWhileInUse(address);
            }
            address.retiredOn =
                    changes.set("retiredOn", address.retiredOn, checks.notAfterToday("retiredOn", to.retiredOn()));
        }
        if (changes.changed("name")) {
            renamed(address, changes);
        }
        changeLog.record(RECORD, address.id, reason, changes);
        return address;
    }

    /** The address's corrections, oldest first; the tree is public to every role of the station. */
    @Transactional
    public List<ChangeLog.Entry> history(UUID id) {
        return changeLog.history(RECORD, addresses.get(id).id);
    }

    /** The node's full name and those of every node below it follow a new name. */
    private void renamed(Address address, Changes changes) {
        Address parent = address.parentId == null ? null : Address.findById(address.parentId);
        String fullName = parent == null ? address.name : AddressService.fullName(parent, address.name);
        address.fullName = changes.set("fullName", address.fullName, fullName);
        Deque<Address> above = new ArrayDeque<>(List.of(address));
        while (!above.isEmpty()) {
            Address node = above.pop();
            for (Address child : Address.<Address>list("parentId", node.id)) {
                child.fullName = AddressService.fullName(node, child.name);
                above.push(child);
            }
        }
    }

    private static void refuseWhileInUse(Address address) {
        long below = Address.count("parentId = ?1 AND retiredOn IS NULL", address.id);
        long living = Person.count("addressId = ?1 AND movedOutOn IS NULL AND deceasedOn IS NULL", address.id);
        long dwellings = Dwelling.count("addressId = ?1 AND use <> ?2", address.id, DwellingUse.DEMOLISHED);
        long venues = Venue.count("addressId = ?1 AND closedOn IS NULL", address.id);
        if (below + living + dwellings + venues > 0) {
            throw ProblemException.conflict("%s is in use: %d addresses below it, %d persons living there,"
                            .formatted(address.fullName, below, living)
                    + " %d standing dwellings and %d open venues at it; move, demolish or close them first"
                            .formatted(dwellings, venues));
        }
    }
}
