package cn.fengqiao.resident.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.AddressLevel;
import cn.fengqiao.resident.domain.Community;
import cn.fengqiao.resident.rest.AddressRequests;

/**
 * The standard address tree. A node takes its community from its parent, and its full name is the
 * path of names from the community down, so a prefix of any part of it finds it.
 */
@ApplicationScoped
public class AddressService {

    @Inject
    Caller caller;

    @Transactional
    public Address create(AddressRequests request) {
        if (Address.count("code", request.code()) > 0) {
            throw ProblemException.conflict("An address with code " + request.code() + " exists");
        }
        Address address = new Address();
        address.id = UUID.randomUUID();
        address.code = request.code();
        address.level = request.level();
        address.name = request.name().strip();
        address.latitude = request.latitude();
        address.longitude = request.longitude();
        address.createdAt = Instant.now();
        address.createdBy = caller.name();
        if (request.parentId() != null) {
            Address parent = current("parentId", request.parentId());
            if (!parent.level.mayHoldChild(request.level())) {
                throw ProblemException.badRequest(
                        "level", "a " + request.level() + " cannot sit under a " + parent.level);
            }
            if (parent.community != null
                    && request.community() != null
                    && !request.community().equals(parent.community)) {
                throw ProblemException.badRequest("community", "differs from the parent's " + parent.community);
            }
            address.parentId = parent.id;
            // Below a district or station the community begins with this node; further down it is inherited.
            address.community = parent.community != null ? parent.community : request.community();
            address.fullName = fullName(parent, address.name);
        } else {
            address.community = request.community();
            address.fullName = address.name;
        }
        if (address.community == null && request.level().ordinal() >= AddressLevel.COMMUNITY.ordinal()) {
            throw ProblemException.badRequest(
                    "community", Bilingual.of("is required from the community level down", "社区一级及以下为必填项"));
        }
        if (address.community != null && Community.findById(address.community) == null) {
            throw ProblemException.badRequest("community", "no community " + address.community);
        }
        address.persist();
        return address;
    }

    @Transactional
    public Address get(UUID id) {
        return Address.<Address>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Address", "地址", id));
    }

    /** The node and its ancestors, from the top down. */
    @Transactional
    public List<Address> path(UUID id) {
        List<Address> path = new ArrayList<>();
        for (Address node = get(id);
                node != null;
                node = node.parentId == null ? null : Address.findById(node.parentId)) {
            path.add(0, node);
        }
        return path;
    }

    @Transactional
    public List<Address> children(UUID id) {
        return Address.list("parentId = ?1 ORDER BY code", get(id).id);
    }

    /** Search the addresses in use by the prefix of a node's own name or full name, within a community and level. */
    @Transactional
    public <T> Page<T> search(
            String prefix, String community, AddressLevel level, PageRequest page, Function<Address, T> mapper) {
        // a retired address is read by its id, never offered for a new record
        StringBuilder query = new StringBuilder("retiredOn IS NULL");
        Parameters params = new Parameters();
        if (prefix != null && !prefix.isBlank()) {
            query.append(" AND (name LIKE :prefix OR fullName LIKE :prefix)");
            params.and("prefix", escapeLike(prefix.strip()) + "%");
        }
        if (community != null) {
            query.append(" AND community = :community");
            params.and("community", community);
        }
        if (level != null) {
            query.append(" AND level = :level");
            params.and("level", level);
        }
        return Page.of(Address.find(query + " ORDER BY fullName, code", params), page, mapper);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * An address something is registered at, named in the request's {@code field}: 400 when there is
     * none or it was retired (a torn-down building houses nobody).
     */
    public static Address current(String field, UUID id) {
        Address address = Address.<Address>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.badRequest(field, "no address " + id));
        if (address.retiredOn != null) {
            throw ProblemException.badRequest(field, address.fullName + " was retired on " + address.retiredOn);
        }
        return address;
    }

    /** A node's full name under its parent: the path of names from the community down. */
    static String fullName(Address parent, String name) {
        // below a district or station the full name begins with the community
        return parent.level.ordinal() < AddressLevel.COMMUNITY.ordinal() ? name : parent.fullName + name;
    }
}
