package cn.fengqiao.resident.service;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.resident.domain.Community;

/** Reads the communities reference data. */
@ApplicationScoped
public class CommunityService {

    @Transactional
    public <T> Page<T> list(PageRequest page, Function<Community, T> mapper) {
        return Page.of(Community.find("ORDER BY code"), page, mapper);
    }
}
