package vn.dondoc.common;

import java.util.List;

/**
 * A failure the caller can act on. Thrown by services and turned into an RFC 9457 problem
 * detail by {@link ProblemMappers}; the detail is written for the person using the UI (Vietnamese).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Không tìm thấy", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Không có quyền truy cập", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Xung đột dữ liệu", detail, null);
    }

    /** One or more fields of an otherwise well-formed request are wrong. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "Dữ liệu không hợp lệ",
                "Yêu cầu có " + errors.size() + " trường dữ liệu không hợp lệ.", errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
