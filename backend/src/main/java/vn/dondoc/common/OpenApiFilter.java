package vn.dondoc.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what every API operation shares, in one place instead of on each method: the bearer
 * token it needs and the problem details it can answer with.
 */
public class OpenApiFilter implements OASFilter {

    static final String BEARER = "bearer";
    static final String TOKEN_IN_PATH = "x-dondoc-auth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("Access token do Keycloak (realm dondoc) cấp. Người dùng: đăng nhập qua ứng dụng web; "
                        + "hệ thống quản lý văn bản: client credentials của client dondoc-docsys."));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        // An operation whose credential is a secret in its path (calendar feeds) needs no bearer token: {} says so.
        boolean tokenInPath = operation.getExtensions() != null
                && "token-in-path".equals(operation.getExtensions().get(TOKEN_IN_PATH));
        operation.setSecurity(java.util.List.of(tokenInPath ? OASFactory.createSecurityRequirement()
                : OASFactory.createSecurityRequirement().addScheme(BEARER)));
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(responses, "400", "Dữ liệu không hợp lệ (kèm danh sách trường lỗi)");
        }
        add(responses, "401", "Chưa đăng nhập hoặc token không hợp lệ");
        add(responses, "403", "Vai trò hoặc đơn vị của người gọi không được phép");
        if (path.contains("{")) {
            add(responses, "404", "Không tìm thấy");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, "409", "Dữ liệu đã bị người khác thay đổi (phiên bản cũ)");
        }
        add(responses, "500", "Lỗi hệ thống ngoài dự kiến (kèm mã lỗi để tra cứu)");
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(code, response);
    }

}
