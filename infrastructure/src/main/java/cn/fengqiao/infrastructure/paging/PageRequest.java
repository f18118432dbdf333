package cn.fengqiao.infrastructure.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.QueryParams;

/**
 * {@code ?page=&size=} of every list: pages count from 0, a size below 1 is a 400 and one above 100
 * is cut to 100, so no caller can ask for the whole table. Use as a {@code @BeanParam}. Read as text, so that {@code ?page=two}
 * is a 400 naming the parameter rather than JAX-RS' 404.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @Parameter(
            description = "The page, counting from 0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "2147483647"))
    String page;

    @QueryParam("size")
    @Parameter(
            description =
                    "Records per page, " + DEFAULT_SIZE + " unless given; more than " + MAX_SIZE + " gives " + MAX_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647"))
    String size;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = String.valueOf(page);
        this.size = String.valueOf(size);
    }

    public int page() {
        Integer number = QueryParams.integer("page", page);
        if (number == null) {
            return 0;
        }
        if (number < 0) {
            throw ProblemException.badRequest(
                    "page", Bilingual.of("must be 0 or more (pages count from 0)", "须为 0 或更大（页码从 0 开始）"));
        }
        return number;
    }

    public int size() {
        Integer number = QueryParams.integer("size", size);
        if (number == null) {
            return DEFAULT_SIZE;
        }
        if (number < 1) {
            throw ProblemException.badRequest(
                    "size",
                    Bilingual.of("must be 1 or more (at most {0} are given)", "须为 1 或更大（最多给出 {0} 条）")
                            .with(MAX_SIZE));
        }
        return Math.min(MAX_SIZE, number);
    }
}
