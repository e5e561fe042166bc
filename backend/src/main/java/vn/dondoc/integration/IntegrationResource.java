package vn.dondoc.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import vn.dondoc.common.Problem;
import vn.dondoc.common.security.Roles;
import vn.dondoc.integration.IntegrationDtos.DirectiveStatus;
import vn.dondoc.integration.IntegrationDtos.DirectiveUpsert;

/**
 * The document-management system's door: its service account (role {@code integration}) pushes
 * directives with their task trees and reads how they are carried out. People's roles have no
 * access here, and this role has none to people's endpoints.
 */
@Path("/api/v1/integration/directives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tích hợp hệ thống quản lý văn bản",
        description = "Dành cho hệ thống quản lý văn bản và điều hành (client credentials, vai trò integration)")
@RolesAllowed(Roles.INTEGRATION)
public class IntegrationResource {

    private static final Logger LOG = Logger.getLogger(IntegrationResource.class);
    private static final int ATTEMPTS = 4;

    static final String UPSERT_EXAMPLE = """
            {
              "kind": "ACTION_PROGRAM",
              "numberSymbol": "125/CTr-UBND",
              "issuingBody": "UBND tỉnh Hà Tĩnh",
              "issuedOn": "2026-03-02",
              "title": "Chương trình hành động thực hiện Kết luận số 57-KL/TU của Ban Thường vụ Tỉnh ủy",
              "tasks": [
                { "externalId": "NV-125-II", "code": "II", "content": "Nhiệm vụ và giải pháp" },
                { "externalId": "NV-125-01", "parentExternalId": "NV-125-II", "code": "II.1",
                  "content": "Xây dựng Kế hoạch phát triển công nghiệp hỗ trợ giai đoạn 2026-2030",
                  "kind": "DEADLINE", "dueDate": "2026-12-31",
                  "leadUnitCodes": ["SCT"], "coordinatingUnitCodes": ["SKHDT"] },
                { "externalId": "NV-125-02", "parentExternalId": "NV-125-II", "code": "II.2",
                  "content": "Tuyên truyền, phổ biến Kết luận số 57-KL/TU",
                  "kind": "ONGOING", "leadUnitCodes": ["SCT"] }
              ]
            }""";

    @Inject
    IntegrationService integration;

    @PUT
    @Path("/{externalId}")
    @Operation(summary = "Tạo hoặc cập nhật văn bản chỉ đạo cùng cây nhiệm vụ",
            description = "Hệ thống quản lý văn bản gửi toàn bộ văn bản: thông tin văn bản, cây nhiệm vụ và phân công (đơn vị, "
                    + "nhóm đơn vị theo mã), trong một giao dịch. Gửi lặp lại cùng nội dung không thay đổi gì và trả về cùng "
                    + "kết quả (200). Nội dung khác: cập nhật tại chỗ, nhiệm vụ nhận biết bằng externalId của chúng; nhiệm vụ "
                    + "không còn trong danh sách bị hủy (không xóa). Chỉ những trường hệ thống đã đổi so với lần gửi trước "
                    + "được áp dụng, nên hạn đã được gia hạn trong Dondoc không bị ghi đè bởi lần gửi lại. Lỗi dữ liệu (mã đơn "
                    + "vị không tồn tại, vòng cha - con, mã trùng, ngày sai): 422 liệt kê mọi lỗi, không ghi gì. Hai lần gửi "
                    + "đồng thời cùng văn bản chỉ tạo một văn bản.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DirectiveUpsert.class),
            examples = @ExampleObject(name = "chuong-trinh-hanh-dong", summary = "Chương trình hành động với hai nhiệm vụ",
                    value = UPSERT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Đã cập nhật, hoặc không có gì thay đổi",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectiveStatus.class)))
    @APIResponse(responseCode = "201", description = "Đã tạo văn bản mới",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectiveStatus.class)))
    @APIResponse(responseCode = "422", description = "Dữ liệu không xử lý được; errors liệt kê mọi lỗi (ví dụ tasks[3].leadUnitCodes[0])",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ma-don-vi-sai", value = """
                            {"type":"urn:dondoc:problem:unprocessable","title":"Không xử lý được văn bản chỉ đạo","status":422,
                             "detail":"Yêu cầu có 2 lỗi; không có thay đổi nào được ghi.",
                             "instance":"/api/v1/integration/directives/QLVB-2026-000125",
                             "errors":[{"field":"tasks[1].leadUnitCodes[0]","message":"Không có đơn vị với mã 'SXYZ'"},
                                       {"field":"tasks[2].dueDate","message":"Ngày '2026-02-30' không hợp lệ; dùng dạng yyyy-MM-dd, ví dụ 2026-12-31"}]}""")))
    public Response upsert(
            @Parameter(description = "Mã văn bản trong hệ thống quản lý văn bản", example = "QLVB-2026-000125")
            @PathParam("externalId") String externalId,
            @NotNull(message = "Thiếu nội dung yêu cầu") DirectiveUpsert request) {
        for (int attempt = 1; ; attempt++) {
            try {
                IntegrationService.Upserted result = integration.upsert(externalId, request);
                return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                        .entity(result.status()).build();
            } catch (RuntimeException e) {
                // A concurrent call with the same directive won the insert or the version: the next attempt sees its result.
                if (attempt >= ATTEMPTS || !concurrent(e)) {
                    throw e;
                }
                LOG.debugf("Upsert of directive %s met a concurrent one (attempt %d): %s", externalId, attempt, e);
            }
        }
    }

    @GET
    @Path("/{externalId}")
    @Operation(summary = "Tình hình thực hiện văn bản chỉ đạo",
            description = "Từng nhiệm vụ (theo thứ tự trong văn bản), từng đơn vị được giao với trạng thái, tiến độ, hạn, tình "
                    + "hình so với thời hạn và báo cáo tiến độ gần nhất đã gửi.")
    @APIResponse(responseCode = "200", description = "Tình hình thực hiện",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectiveStatus.class)))
    public DirectiveStatus get(
            @Parameter(description = "Mã văn bản trong hệ thống quản lý văn bản", example = "QLVB-2026-000125")
            @PathParam("externalId") String externalId) {
        return integration.get(externalId);
    }

    private static boolean concurrent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException || t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException || t instanceof StaleStateException
                    || t instanceof LockAcquisitionException || t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLTransactionRollbackException || t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }
}
