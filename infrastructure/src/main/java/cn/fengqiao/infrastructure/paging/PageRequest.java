package cn.fengqiao.infrastructure.paging;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} of every list: pages count from 0, size is clamped to 1..100 so no caller
 * can ask for the whole table. Use as a {@code @BeanParam @Valid}.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more (pages count from 0)")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    int size;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return Math.max(1, Math.min(MAX_SIZE, size));
    }
}
