package cn.fengqiao.incident.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What GeoReport v2 answers look like in the contract (the resource writes them as maps, in JSON or XML). */
final class Open311Answers {

    private Open311Answers() {}

    /** One entry of a GeoReport error answer ({@code [{"code":400,"description":"..."}]}). */
    @Schema(name = "Open311Error")
    record Error(
            @Schema(minimum = "400", maximum = "599") int code,
            @Schema(maxLength = 2000) String description) {}

    /** One entry of the answer to a posted service request. */
    @Schema(name = "Open311Acknowledgement")
    record Acknowledgement(
            @Schema(maxLength = 40, description = "The incident's number, e.g. JQ20240703-00017")
            String service_request_id,

            @Schema(format = "uuid", maxLength = 36) String token,
            @Schema(maxLength = 500) String service_notice,
            @Schema(maxLength = 100, nullable = true) String account_id) {}

    /** An entry of a GeoReport list (a service, a service request): its fields as the standard names them. */
    @Schema(name = "Open311Entry", additionalProperties = Schema.True.class)
    record Entry() {}
}
