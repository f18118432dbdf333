package cn.fengqiao.infrastructure.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Schema names unique across the services: every schema a service's document defines is named with
 * the service's prefix ({@code Summary} becomes {@code IncidentSummary} in incident-service and
 * {@code MediationSummary} in mediation-service), and every reference follows. The gateway merges
 * the four documents into one; without this a client generated from it would give one service's
 * operations another service's types. A name that already begins with the prefix keeps it.
 */
public class ServiceSchemaNames implements OASFilter {

    private static final String REF = "#/components/schemas/";

    /** The problem+json schemas are the same in every service: one name each in the combined document. */
    private static final Set<String> SHARED = Set.of("Problem", "FieldError");

    private final String prefix = ConfigProvider.getConfig()
            .getOptionalValue("fengqiao.openapi.schema-prefix", String.class)
            .orElse("");

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(REF)) {
            schema.setRef(REF + named(ref.substring(REF.length())));
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            // CallbackViews.View would become IncidentView, the name IncidentView already has
            if (renamed.put(named(name), schema) != null) {
                throw new IllegalStateException("two schemas of this service are both named " + named(name)
                        + ": give one another name with @Schema(name = ...)");
            }
        });
        components.setSchemas(renamed);
    }

    String named(String name) {
        return SHARED.contains(name) || name.startsWith(prefix) ? name : prefix + name;
    }
}
