package cn.fengqiao.infrastructure.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.Problem;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.ProblemMappers;

/**
 * Safe retries of POSTs ({@code Idempotency-Key}, IETF httpapi draft): a city system that sends a
 * report again after a timeout, with the same key and body, gets the first answer again (status,
 * {@code Location}, body, and {@code Idempotency-Replayed: true}) and no second record or event. The
 * same key with another request answers 422; one still being worked, 409 with Retry-After. Keys
 * belong to the caller and are kept in the service's database ({@link IdempotencyKeys}).
 */
public class IdempotentPosts {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";

    private static final String CLAIM = IdempotentPosts.class.getName() + ".claim";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private record Claimed(String caller, String key) {}

    @Inject
    IdempotencyKeys keys;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    // after the body checks (JsonBodiesOnly), so a refused body never claims a key
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response claim(ContainerRequestContext request, UriInfo uri) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(
                    HEADER,
                    Bilingual.of(
                            "must be 1 to 255 visible ASCII characters, e.g. a UUID",
                            "须为 1 到 255 个可见 ASCII 字符，例如 UUID"));
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller =
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        IdempotencyKeys.Claim claim = keys.claim(caller, key, fingerprint(uri.getPath(), body));
        return switch (claim.outcome()) {
            case CLAIMED -> {
                request.setProperty(CLAIM, new Claimed(caller, key));
                yield null;
            }
            case REPLAY -> replay(claim.answer());
            case OTHER_REQUEST ->
                ProblemMappers.respond(
                        Problem.of(
                                422,
                                "Unprocessable Content",
                                "This Idempotency-Key was used for another request; use a new key for a new request"),
                        uri);
            case IN_PROGRESS ->
                Response.fromResponse(ProblemMappers.respond(
                                Problem.of(
                                        409,
                                        "Conflict",
                                        "A request with this Idempotency-Key is still being worked; retry in a moment"),
                                uri))
                        .header("Retry-After", "1")
                        .build();
        };
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            keys.release(claimed.caller(), claimed.key());
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : mapper.writeValueAsString(entity);
        MediaType type = response.getMediaType();
        keys.complete(
                claimed.caller(),
                claimed.key(),
                new IdempotencyKeys.Answer(
                        response.getStatus(),
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString(),
                        type == null ? MediaType.APPLICATION_JSON : type.toString(),
                        body));
    }

    private static Response replay(IdempotencyKeys.Answer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.location() != null) {
            replay.location(URI.create(answer.location()));
        }
        return answer.body() == null
                ? replay.build()
                : replay.entity(answer.body()).type(answer.contentType()).build();
    }

    private static String fingerprint(String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
