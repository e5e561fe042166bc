package vn.dondoc.common;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads our enums and dates from query and path parameters. JAX-RS would answer an unreadable
 * value with a bare 404; a caller who typed {@code status=DONE} or {@code dueFrom=31/12/2026}
 * deserves a 400 naming the parameter and what it accepts.
 */
@Provider
public class EnumParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) new ParamConverter<java.time.LocalDate>() {
                @Override
                public java.time.LocalDate fromString(String value) {
                    if (value == null || value.isBlank()) {
                        return null;
                    }
                    try {
                        return java.time.LocalDate.parse(value.trim());
                    } catch (java.time.format.DateTimeParseException e) {
                        throw invalid(name, "Ngày '" + value + "' không hợp lệ; dùng định dạng yyyy-MM-dd, ví dụ 2026-12-31");
                    }
                }

                @Override
                public String toString(java.time.LocalDate value) {
                    return value == null ? null : value.toString();
                }
            };
        }
        if (!rawType.isEnum() || !rawType.getPackageName().startsWith("vn.dondoc")) {
            return null;
        }
        Class<? extends Enum> type = (Class<? extends Enum>) rawType;
        return (ParamConverter<T>) new ParamConverter<Enum>() {
            @Override
            public Enum fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return Enum.valueOf(type, value.trim());
                } catch (IllegalArgumentException e) {
                    String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "));
                    throw invalid(name, "Giá trị '" + value + "' không hợp lệ; chỉ chấp nhận: " + allowed);
                }
            }

            @Override
            public String toString(Enum value) {
                return value == null ? null : value.name();
            }
        };
    }

    /** A 400 carrying the problem detail; ProblemMappers passes it through with the request path. */
    private static BadRequestException invalid(String name, String message) {
        Problem problem = new Problem(ProblemTypes.VALIDATION, "Dữ liệu không hợp lệ", 400,
                "Yêu cầu có 1 trường dữ liệu không hợp lệ.", null, List.of(new FieldError(name, message)));
        return new BadRequestException(Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
        }
        return "(parameter)";
    }
}
