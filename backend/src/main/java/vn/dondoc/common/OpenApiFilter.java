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
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what every API operation shares, in one place instead of on each method: the bearer
 * token it needs and the problem details it can answer with.
 */
public class OpenApiFilter implements OASFilter {

    static final String BEARER = "bearer";
    static final String PEOPLE = "keycloak-people";
    static final String SYSTEMS = "keycloak-systems";
    static final String TOKEN_IN_PATH = "x-dondoc-auth";
    static final String INTEGRATION_PATHS = "/api/v1/integration/";
    /** People's endpoints that the document system may read too (reference data, its own identity). */
    static final java.util.List<String> SHARED_READS = java.util.List.of("/api/v1/me", "/api/v1/units", "/api/v1/unit-groups");

    /** The realm the schemes point to: fixed in the committed spec, overridden per deployment. */
    private static String realmUrl() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("dondoc.openapi.realm-url", String.class)
                .orElse("http://localhost:18080/realms/dondoc");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("Access token do Keycloak (realm dondoc) cấp. Người dùng: đăng nhập qua ứng dụng web; "
                        + "hệ thống quản lý văn bản: client credentials của client dondoc-docsys."));
        String realm = realmUrl();
        components.addSecurityScheme(PEOPLE, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Người dùng đăng nhập qua Keycloak (authorization code với PKCE S256), client công khai dondoc-web. "
                        + "Trong Swagger UI: nút Authorize, để trống client secret.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                        .tokenUrl(realm + "/protocol/openid-connect/token")
                        .refreshUrl(realm + "/protocol/openid-connect/token")
                        .scopes(java.util.Map.of("openid", "Định danh người dùng (OpenID Connect)")))));
        components.addSecurityScheme(SYSTEMS, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Hệ thống quản lý văn bản: client credentials của client bảo mật dondoc-docsys (vai trò integration).")
                .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow()
                        .tokenUrl(realm + "/protocol/openid-connect/token")
                        .scopes(new java.util.LinkedHashMap<>()))));
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
        if (tokenInPath) {
            operation.setSecurity(java.util.List.of(OASFactory.createSecurityRequirement()));
        } else {
            java.util.List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> security = new java.util.ArrayList<>();
            if (!path.startsWith(INTEGRATION_PATHS)) {
                security.add(OASFactory.createSecurityRequirement().addScheme(PEOPLE));
            }
            if (path.startsWith(INTEGRATION_PATHS)
                    || (method == PathItem.HttpMethod.GET && SHARED_READS.stream().anyMatch(path::startsWith))) {
                security.add(OASFactory.createSecurityRequirement().addScheme(SYSTEMS));
            }
            security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
            operation.setSecurity(security);
        }
        if (method == PathItem.HttpMethod.POST) {
            idempotencyKey(operation);
        }
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

    /** Every POST honours Idempotency-Key (vn.dondoc.common.idempotency.IdempotencyFilter). */
    private static void idempotencyKey(Operation operation) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                    .required(false)
                    .description("Khóa chống lặp do bên gọi tạo (ví dụ một UUID), tối đa 100 ký tự. Gửi lại cùng yêu cầu với cùng "
                            + "khóa trong 24 giờ trả về đúng kết quả lần đầu (header Idempotent-Replayed: true), không thực hiện "
                            + "lại; cùng khóa với nội dung khác: 422; khi lần đầu còn đang xử lý: 409.")
                    .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).maxLength(100))
                    .example("5f0c6d1e-8a4b-4c1e-9d53-2b7f9e0a6c11"));
        }
        add(operation.getResponses(), "409", "Yêu cầu đầu tiên với cùng Idempotency-Key đang được xử lý, hoặc xung đột dữ liệu");
        add(operation.getResponses(), "422", "Idempotency-Key đã được dùng cho một yêu cầu có nội dung khác");
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
