package vn.dondoc.occurrence;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.Timeliness;
import vn.dondoc.unit.UnitDtos.UnitRef;

public final class OccurrenceDtos {

    private OccurrenceDtos() {
    }

    @Schema(name = "OccurrenceShare", description = "Một đơn vị chủ trì với sản phẩm của một kỳ: ngày nộp (ngày gửi báo cáo tiến "
            + "độ đã được tiếp nhận) và tình hình so với hạn của kỳ.")
    public record ShareDelivery(
            @Schema(examples = "301") long assignmentId,
            UnitRef unit,
            AssignmentRole role,
            @Schema(description = "Ngày gửi báo cáo được tính cho kỳ này; trống nếu chưa có", examples = "2026-12-28")
            LocalDate deliveredOn,
            Timeliness timeliness) {
    }

    @Schema(name = "TaskOccurrence", description = "Một kỳ của nhiệm vụ định kỳ, với hạn riêng và tình hình thực hiện riêng.")
    public record OccurrenceView(
            @Schema(examples = "12") long id,
            @Schema(description = "Số thứ tự của kỳ, từ 0", examples = "0") int seq,
            @Schema(examples = "2026-Q4") String periodKey,
            @Schema(examples = "Quý IV/2026") String periodLabel,
            @Schema(examples = "2026-10-01") LocalDate periodFrom,
            @Schema(examples = "2026-12-31") LocalDate periodTo,
            @Schema(description = "Hạn của kỳ", examples = "2026-12-31") LocalDate dueDate,
            @Schema(description = "Kỳ hiện tại: kỳ sớm nhất chưa được các đơn vị chủ trì hoàn thành; hạn của phần việc theo kỳ này")
            boolean current,
            @Schema(description = "Ngày hoàn thành kỳ: ngày đơn vị chủ trì cuối cùng nộp; trống nếu chưa xong") LocalDate deliveredOn,
            @Schema(description = "COMPLETED_ON_TIME, COMPLETED_LATE, ON_TRACK hoặc OVERDUE, xét theo hạn của kỳ") Timeliness timeliness,
            @Schema(description = "Từng đơn vị chủ trì") List<ShareDelivery> shares) {
    }

    @Schema(name = "TaskOccurrences", description = "Các kỳ của một nhiệm vụ định kỳ, từ kỳ đầu đến kỳ hiện tại; rỗng nếu nhiệm "
            + "vụ không phải định kỳ.")
    public record OccurrenceList(
            @Schema(examples = "42") long taskId,
            Recurrence recurrence,
            @Schema(description = "Hạn của kỳ hiện tại", examples = "2026-12-31") LocalDate currentDueDate,
            List<OccurrenceView> occurrences) {
    }
}
