package vn.dondoc.common.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.Problem;
import vn.dondoc.common.ProblemTypes;

/**
 * Idempotency-Key on every POST of the API: a client that lost the answer may send the same
 * request again with the same key and gets the first answer (header {@code Idempotent-Replayed: true})
 * instead of a second change. Keys belong to the caller; the same key with another request is refused
 * (422), and while the first request still runs a retry gets 409. Runs after authentication and the
 * role check (Quarkus REST checks security before request filters), so only verified callers own keys.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final String KEY_REUSED = "urn:dondoc:problem:idempotency-key-reused";
    static final String IN_FLIGHT = "urn:dondoc:problem:idempotency-key-in-flight";
    private static final String RECORD = IdempotencyFilter.class.getName() + ".record";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Optional<Response> before(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (key == null || !"POST".equals(request.getMethod()) || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Optional.of(problem(400, ProblemTypes.VALIDATION, "Dữ liệu không hợp lệ",
                    "Idempotency-Key phải gồm 1 đến 100 ký tự ASCII in được, không có khoảng trắng.",
                    path, List.of(new FieldError(HEADER, "Khóa chống lặp không hợp lệ"))));
        }
        if (identity.isAnonymous()) {
            return Optional.empty(); // the request is refused anyway; nothing to remember
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String target = query == null ? path : path + "?" + query;
        byte[] body;
        try {
            body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = sha256(request.getMethod(), target, withoutBoundary(request.getMediaType(), body));
        IdempotencyStore.Outcome outcome = store.begin(identity.getPrincipal().getName(), key, request.getMethod(), target, hash);
        if (outcome instanceof IdempotencyStore.Proceed proceed) {
            request.setProperty(RECORD, proceed.recordId());
            return Optional.empty();
        }
        if (outcome instanceof IdempotencyStore.Replay replay) {
            IdempotencyRecord r = replay.record();
            Response.ResponseBuilder answer = Response.status(r.responseStatus).header(REPLAYED, "true");
            if (r.responseBody != null && r.responseBody.length > 0) {
                answer.entity(r.responseBody).type(r.contentType);
            }
            if (r.location != null) {
                answer.header(HttpHeaders.LOCATION, r.location);
            }
            return Optional.of(answer.build());
        }
        if (outcome instanceof IdempotencyStore.InFlight) {
            return Optional.of(problem(409, IN_FLIGHT, "Yêu cầu đang được xử lý",
                    "Yêu cầu đầu tiên với Idempotency-Key này vẫn đang được xử lý. Hãy thử lại sau ít giây.", target, List.of()));
        }
        return Optional.of(problem(422, KEY_REUSED, "Khóa chống lặp đã được dùng",
                "Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác. Hãy dùng khóa mới cho yêu cầu mới.",
                target, List.of()));
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response) {
        Object recordId = request.getProperty(RECORD);
        if (!(recordId instanceof Long id)) {
            return;
        }
        request.removeProperty(RECORD);
        int status = response.getStatus();
        // Not kept: a server error (a retry may succeed), a refusal of the caller (the key was never
        // really used), an answer that cannot be replayed (a stream). The key may then be used again.
        boolean keep = status < 500 && status != 401 && status != 403;
        byte[] body = keep ? storable(response.getEntity()) : null;
        if (!keep || body == null) {
            store.abandon(id);
            return;
        }
        MediaType type = response.getMediaType();
        store.complete(id, status, type == null ? null : type.toString(),
                response.getHeaderString(HttpHeaders.LOCATION), body == null ? new byte[0] : body);
    }

    /** The response body as bytes, or null when it is a stream or file that cannot be stored. */
    private byte[] storable(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof java.io.InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof java.io.File || entity instanceof java.nio.file.Path) {
            return null;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            return null;
        }
    }

    private static Response problem(int status, String type, String title, String detail, String instance,
            List<FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, errors)).build();
    }

    /**
     * A multipart body with its boundary replaced by a fixed one: clients draw a new random boundary
     * for every request, so a retry of the same upload would otherwise never look the same.
     */
    static byte[] withoutBoundary(MediaType type, byte[] body) {
        String boundary = type == null || !"multipart".equalsIgnoreCase(type.getType()) ? null
                : type.getParameters().get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            return body;
        }
        // ISO-8859-1 maps every byte to one char and back, so binary parts survive the replacement.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return text.replace(boundary, "dondoc-boundary").getBytes(StandardCharsets.ISO_8859_1);
    }

    static String sha256(String method, String target, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
