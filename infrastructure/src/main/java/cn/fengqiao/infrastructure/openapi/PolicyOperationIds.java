package cn.fengqiao.infrastructure.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every operation's {@code operationId} is its name in the access policy, which names each operation
 * of the station once ({@code report an incident} → {@code reportIncident}, {@code approve a tier
 * proposal} → {@code approveTierProposal}): stable, meaningful, and what a generated client calls its
 * methods. A name two services share takes the service's word first ({@code incidentHistory},
 * {@code mediationHistory}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PolicyOperationIds implements OASFilter {

    static final String POLICY = "META-INF/fengqiao/access-policy.csv";
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** One row of the policy: its service, name, method and path (placeholders and samples as written). */
    record Row(String service, String name, String method, String path) {}

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        List<Row> rows = rows();
        Map<String, Long> services = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> id(row.name()), Collectors.mapping(Row::service, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> (long) e.getValue().size()));
        Map<String, String> byOperation = new HashMap<>();
        for (Row row : rows) {
            String id = id(row.name());
            if (services.get(id) > 1) {
                id = row.service().replace("-service", "") + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            }
            String finalId = id;
            template(api, row).ifPresent(template -> byOperation.putIfAbsent(row.method() + " " + template, finalId));
        }
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    String id = byOperation.get(method.name() + " " + path);
                    if (id != null && operation.getOperationId() == null) {
                        operation.setOperationId(id);
                    }
                }));
    }

    /** The policy name as an operationId: words in lower camel case, without articles or possessives. */
    static String id(String name) {
        List<String> words = Arrays.stream(name.replace("'s", " ").split("[^A-Za-z0-9]+"))
                .filter(word -> !word.isEmpty() && !ARTICLES.contains(word.toLowerCase(Locale.ROOT)))
                .toList();
        StringBuilder id = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        words.stream()
                .skip(1)
                .forEach(
                        word -> id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
        return id.toString();
    }

    /** The document's path template a row calls: of those that match, the one with the fewest parameters. */
    private static Optional<String> template(OpenAPI api, Row row) {
        String path = row.path().replaceAll("\\?.*", "");
        return api.getPaths().getPathItems().entrySet().stream()
                .filter(e -> hasMethod(e.getValue(), row.method()))
                .map(Map.Entry::getKey)
                .filter(template -> path.matches(pattern(template)))
                .min(Comparator.comparingLong(
                        template -> template.chars().filter(c -> c == '{').count()));
    }

    private static boolean hasMethod(PathItem item, String method) {
        return item.getOperations().keySet().stream().anyMatch(m -> m.name().equals(method));
    }

    /** A path template as a pattern: each {parameter} one segment's worth (a literal "." as itself). */
    private static String pattern(String template) {
        return Arrays.stream(template.split("\\{[^}]+}", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[^/]+"));
    }

    static List<Row> rows() {
        try (InputStream in = PolicyOperationIds.class.getClassLoader().getResourceAsStream(POLICY)) {
            if (in == null) {
                throw new IllegalStateException(POLICY + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .map(cells -> new Row(cells[0], cells[1], cells[2], cells[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
