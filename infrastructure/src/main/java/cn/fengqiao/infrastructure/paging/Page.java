package cn.fengqiao.infrastructure.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The envelope of every list answer: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(request.page(), request.size()).list().stream()
                .map(mapper)
                .toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }
}
