package vn.dondoc.urging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.Problem;
import vn.dondoc.common.security.Roles;
import vn.dondoc.urging.UrgingDtos.Letter;
import vn.dondoc.urging.UrgingDtos.LetterOptions;

@Path("/api/v1/units/{id}/urging-letter")
@Tag(name = "Đôn đốc", description = "Công văn đôn đốc đơn vị thực hiện nhiệm vụ quá hạn")
public class UrgingLetterResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    UrgingLetterService letters;

    @GET
    @Produces({ DOCX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER })
    @Operation(summary = "Lập công văn đôn đốc nhiệm vụ quá hạn (Word)",
            description = "Tệp .docx theo thể thức công văn của Nghị định 30/2020/NĐ-CP (khổ A4, lề trên, dưới 20 mm, trái "
                    + "30 mm, phải 15 mm, Times New Roman): quốc hiệu, tiêu ngữ, tên cơ quan ban hành, số và ký hiệu, "
                    + "trích yếu \"V/v\", địa danh và ngày tháng, \"Kính gửi\", bảng các nhiệm vụ quá hạn của đơn vị (phần "
                    + "việc của chính đơn vị, chưa thực hiện hoặc đang thực hiện, có hạn trước ngày hôm nay, kể cả hạn đã "
                    + "gia hạn; mỗi dòng có số ngày quá hạn tính đến ngày công văn), thời hạn báo cáo "
                    + "(số ngày làm việc kể từ hôm nay theo lịch ngày nghỉ), nơi nhận và chữ ký. Dành cho cơ quan theo dõi, "
                    + "lãnh đạo và quản trị hệ thống. Cơ quan ban hành là đơn vị của người lập: công văn của lãnh đạo (và "
                    + "của người dùng thuộc UBND tỉnh) do UBND tỉnh ban hành, đề nghị báo cáo về cơ quan theo dõi; công văn "
                    + "của cơ quan theo dõi do chính đơn vị đó ban hành. Không lập công văn gửi chính đơn vị mình.")
    @APIResponse(responseCode = "200", description = "Tệp Word của công văn",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = "Đơn vị không có nhiệm vụ quá hạn, hoặc là chính đơn vị của người lập",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response letter(
            @PathParam("id") long id,
            @Parameter(description = "Số văn bản; bỏ trống để văn thư điền khi đăng ký", example = "125")
            @QueryParam("number") String number,
            @Parameter(description = "Ký hiệu sau dấu gạch chéo; mặc định theo cơ quan ban hành (dondoc.urging.symbol cho cơ quan theo dõi, dondoc.urging.province.symbol cho UBND tỉnh, mã đơn vị cho đơn vị khác)",
                    example = "SCT-QLCN") @QueryParam("symbol") String symbol,
            @Parameter(description = "Chỉ các nhiệm vụ của văn bản chỉ đạo này", example = "3",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("directiveId") String directiveId,
            @Parameter(description = "Thẩm quyền ký", example = "KT. GIÁM ĐỐC") @QueryParam("signerAuthority") String signerAuthority,
            @Parameter(description = "Chức vụ người ký", example = "PHÓ GIÁM ĐỐC") @QueryParam("signerTitle") String signerTitle,
            @Parameter(description = "Họ và tên người ký", example = "Nguyễn Văn An") @QueryParam("signerName") String signerName,
            @Parameter(description = "Thời hạn báo cáo, số ngày làm việc kể từ hôm nay (1-60); mặc định 5", example = "5",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
            @QueryParam("responseWorkingDays") String responseWorkingDays) {
        Letter letter = letters.letter(id, new LetterOptions(number, symbol, directiveId, signerAuthority, signerTitle,
                signerName, responseWorkingDays));
        return Response.ok(letter.content(), DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
