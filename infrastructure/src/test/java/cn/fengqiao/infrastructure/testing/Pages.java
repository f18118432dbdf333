package cn.fengqiao.infrastructure.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

/**
 * Every item of a paged list ({@code {items, page, size, total}}), read page by page at the largest
 * page size: a test looking for its own record must not assume it is on the first page, since the
 * lists are ordered by due time or date and the other tests of a run fill them.
 */
public final class Pages {

    private static final int SIZE = 100;

    private Pages() {}

    /** The items of every page of the path, each page asked for with a fresh request from the supplier. */
    public static List<Map<String, Object>> allItems(Supplier<RequestSpecification> request, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> some = request.get()
                    .queryParam("size", SIZE)
                    .queryParam("page", page)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            items.addAll(some);
            if (some.size() < SIZE) {
                return items;
            }
        }
    }
}
