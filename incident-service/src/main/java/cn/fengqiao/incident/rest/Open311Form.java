package cn.fengqiao.incident.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The form fields of a GeoReport v2 service request, as the contract shows them. The form is read
 * field by field and checked as a {@link ReportIncidentRequest}, whose Bean Validation bounds these repeat.
 */
@Schema(name = "Open311ServiceRequestForm", description = "A GeoReport v2 service request, form-encoded")
record Open311Form(
        @Schema(required = true, maxLength = 40, description = "A service code of GET /open311/v2/services")
        String service_code,

        @Schema(
                name = "attribute[community]",
                required = true,
                maxLength = 40,
                pattern = "^[a-z][a-z0-9-]{1,39}$",
                description = "The community, one of the service definition's values")
        String attributeCommunity,

        @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90")
        String lat,

        @Schema(name = "long", type = SchemaType.NUMBER, minimum = "-180", maximum = "180")
        String longitude,

        @Schema(maxLength = 500) String address_string,
        @Schema(maxLength = 64) String address_id,

        @Schema(maxLength = 2000, description = "What happened; the service's name when left out")
        String description,

        @Schema(maxLength = 50) String first_name,
        @Schema(maxLength = 50) String last_name,

        @Schema(maxLength = 14, pattern = "^(\\+86)?1[3-9][0-9]{9}$")
        String phone) {}
