package vn.dondoc.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP responses: every error leaves the API as an RFC 9457
 * problem detail in Vietnamese, and no stack trace or internal message ever reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(400, ProblemTypes.VALIDATION, "Dữ liệu không hợp lệ",
                "Yêu cầu có " + errors.size() + " trường dữ liệu không hợp lệ.", uri, errors);
    }

    /** Declared on its own: Quarkus has a built-in mapper for this subtype that would win over ours. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException) {
            return respond(400, ProblemTypes.MALFORMED, "Yêu cầu sai định dạng",
                    "Nội dung yêu cầu không phải JSON hợp lệ.", uri, List.of());
        }
        if (e instanceof JsonMappingException mapping) {
            String field = jsonPath(mapping);
            String message;
            if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                message = "Giá trị '" + invalid.getValue() + "' không hợp lệ; chỉ chấp nhận: "
                        + Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                                .collect(Collectors.joining(", "));
            } else if (e instanceof InvalidFormatException invalid) {
                message = "Giá trị '" + invalid.getValue() + "' không đúng kiểu dữ liệu";
            } else if (e instanceof UnrecognizedPropertyException) {
                message = "Trường không được hỗ trợ";
            } else {
                message = "Giá trị không đúng kiểu dữ liệu";
            }
            return respond(400, ProblemTypes.VALIDATION, "Dữ liệu không hợp lệ",
                    "Yêu cầu có 1 trường dữ liệu không hợp lệ.", uri, List.of(new FieldError(field, message)));
        }
        return respond(400, ProblemTypes.MALFORMED, "Yêu cầu sai định dạng", "Không đọc được nội dung yêu cầu.", uri,
                List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response response = respond(401, ProblemTypes.UNAUTHORIZED, "Chưa xác thực",
                "Cần đăng nhập: yêu cầu thiếu access token hợp lệ (Bearer).", uri, List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, ProblemTypes.FORBIDDEN, "Không có quyền truy cập",
                "Vai trò của bạn không được phép thực hiện thao tác này.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().getEntity() instanceof Problem problem) {
            Problem located = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                    uri == null ? null : uri.getRequestUri().getRawPath(), problem.errors());
            return Response.fromResponse(e.getResponse()).entity(located).build();
        }
        return switch (status) {
            case 404 -> respond(404, ProblemTypes.NOT_FOUND, "Không tìm thấy", "Không tìm thấy tài nguyên được yêu cầu.",
                    uri, List.of());
            case 405 -> respond(405, ProblemTypes.METHOD, "Phương thức không được hỗ trợ",
                    "Phương thức HTTP này không được hỗ trợ cho đường dẫn này.", uri, List.of());
            case 406, 415 -> respond(status, ProblemTypes.MEDIA_TYPE, "Kiểu nội dung không được hỗ trợ",
                    "Kiểu nội dung của yêu cầu không được hỗ trợ; hãy dùng application/json.", uri, List.of());
            case 401 -> unauthorized(e, uri);
            case 403 -> respond(403, ProblemTypes.FORBIDDEN, "Không có quyền truy cập",
                    "Bạn không có quyền thực hiện thao tác này.", uri, List.of());
            default -> status >= 500 ? internal(e, uri)
                    : respond(status, ProblemTypes.MALFORMED, "Yêu cầu không hợp lệ", "Yêu cầu không hợp lệ.", uri,
                            List.of());
        };
    }

    @ServerExceptionMapper
    public Response any(Throwable e, UriInfo uri) {
        // Commit-time failures arrive wrapped (RollbackException, ArcUndeclaredThrowableException...).
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(409, ProblemTypes.CONFLICT, "Xung đột dữ liệu",
                        "Dữ liệu đã được người khác thay đổi. Hãy tải lại và thực hiện lại thao tác.", uri, List.of());
            }
            // Two writes of the same rows at the same moment: the database chose one (deadlock or lock timeout).
            if (cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof jakarta.persistence.PessimisticLockException) {
                return respond(409, ProblemTypes.CONFLICT, "Xung đột dữ liệu",
                        "Dữ liệu đang được người khác cập nhật cùng lúc. Hãy tải lại và thực hiện lại thao tác.", uri, List.of());
            }
            if (cause instanceof ConstraintViolationException v) {
                return validation(v, uri);
            }
            // Two requests raced past the service's own duplicate check: the database's unique key decides.
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(409, ProblemTypes.CONFLICT, "Xung đột dữ liệu",
                        "Dữ liệu trùng với một bản ghi vừa được tạo hoặc sửa. Hãy tải lại và kiểm tra.", uri, List.of());
            }
        }
        return internal(e, uri);
    }

    private Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(500, ProblemTypes.INTERNAL, "Lỗi hệ thống",
                "Đã xảy ra lỗi ngoài dự kiến. Mã lỗi: " + errorId + ". Vui lòng thử lại hoặc báo quản trị hệ thống.", uri,
                List.of());
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, errors))
                .build();
    }

    /** "create.request.leadUnitIds[0]" → "leadUnitIds[0]": the client knows its body, not our method names. */
    private static String fieldPath(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3) {
            return parts[2];
        }
        return parts.length == 2 ? parts[1] : path;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }
}
