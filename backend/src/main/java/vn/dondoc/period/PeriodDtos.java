package vn.dondoc.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about reporting periods and schedules; entities never leave the service. */
public final class PeriodDtos {

    /** Working days after the cut-off: at least 1, at most about three months. */
    static final int MAX_DUE_WORKING_DAYS = 60;

    private PeriodDtos() {
    }

    @Schema(name = "ReportingPeriod", description = "Kỳ báo cáo và thời gian chốt số liệu (Điều 12 Nghị định 09/2019/NĐ-CP).")
    public record ReportingPeriodView(
            PeriodKind kind,
            @Schema(description = "Năm của kỳ báo cáo", examples = "2026") int year,
            @Schema(description = "Tháng (1-12) với kỳ tháng, quý (1-4) với kỳ quý, 1 với các kỳ khác", examples = "4") int number,
            @Schema(description = "Ngày đầu của thời gian chốt số liệu", examples = "2026-09-15") LocalDate from,
            @Schema(description = "Ngày cuối của thời gian chốt số liệu; hạn báo cáo tính từ ngày này", examples = "2026-12-14")
            LocalDate to,
            @Schema(examples = "Quý IV/2026") String label,
            @Schema(description = "Mã kỳ báo cáo: 2026-M11, 2026-Q4, 2026-H1, 2026-9M, 2026-Y", examples = "2026-Q4") String key) {

        static ReportingPeriodView of(ReportingPeriod p) {
            return new ReportingPeriodView(p.kind(), p.year(), p.number(), p.from(), p.to(), p.label(), p.key());
        }
    }

    @Schema(name = "DuePeriod", description = "Một kỳ phải báo cáo theo một lịch báo cáo, kèm hạn gửi tính theo ngày làm việc.")
    public record DuePeriodView(
            @Schema(description = "Lịch báo cáo đặt ra kỳ này", examples = "1") long scheduleId,
            @Schema(examples = "Báo cáo định kỳ theo Nghị định 09/2019/NĐ-CP") String scheduleName,
            ReportingPeriodView period,
            @Schema(description = "Hạn đơn vị gửi báo cáo cho cơ quan theo dõi", examples = "2026-12-16") LocalDate unitDueDate,
            @Schema(description = "Hạn cơ quan theo dõi gửi báo cáo tổng hợp cho UBND tỉnh", examples = "2026-12-21")
            LocalDate trackerDueDate,
            @Schema(description = "Hạn còn tạm tính: đếm qua năm mà lịch nghỉ chưa được quản trị xác nhận", examples = "false")
            boolean provisional,
            @Schema(description = "Các năm chưa xác nhận lịch nghỉ mà việc đếm hạn đi qua; rỗng khi hạn là chính thức", examples = "[]")
            List<Integer> unconfirmedYears) {

        static DuePeriodView of(DuePeriod due, String scheduleName) {
            return new DuePeriodView(due.scheduleId(), scheduleName, ReportingPeriodView.of(due.period()), due.unitDueDate(),
                    due.trackerDueDate(), due.provisional(), due.unconfirmedYears());
        }
    }

    @Schema(name = "DuePeriodList", description = "Các kỳ báo cáo của một văn bản có ngày chốt số liệu trong khoảng thời gian, "
            + "theo ngày chốt.")
    public record DuePeriodList(
            @Schema(examples = "3") long directiveId,
            @Schema(examples = "2026-01-01") LocalDate from,
            @Schema(examples = "2026-12-31") LocalDate to,
            List<DuePeriodView> items) {
    }

    @Schema(name = "ReportingSchedule", description = "Lịch báo cáo định kỳ: các kỳ phải báo cáo và hạn gửi theo ngày làm việc.")
    public record ReportingScheduleView(
            @Schema(examples = "1") long id,
            @Schema(description = "Văn bản áp dụng; null: áp dụng cho mọi văn bản") Long directiveId,
            @Schema(description = "Số, ký hiệu của văn bản áp dụng", examples = "57-KL/TU") String directiveNumberSymbol,
            @Schema(description = "Trích yếu của văn bản áp dụng",
                    examples = "Chương trình hành động thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy")
            String directiveTitle,
            @Schema(description = "Áp dụng cho mọi văn bản", examples = "true") boolean global,
            @Schema(examples = "Báo cáo định kỳ theo Nghị định 09/2019/NĐ-CP") String name,
            @Schema(description = "Các loại kỳ phải báo cáo", examples = "[\"QUARTERLY\", \"HALF_YEARLY\", \"NINE_MONTHS\", \"YEARLY\"]")
            List<PeriodKind> kinds,
            @Schema(description = "Số ngày làm việc sau ngày chốt số liệu để đơn vị gửi báo cáo cho cơ quan theo dõi", examples = "2")
            int unitDueWorkingDays,
            @Schema(description = "Số ngày làm việc sau ngày chốt số liệu để cơ quan theo dõi gửi báo cáo tổng hợp cho UBND tỉnh",
                    examples = "5")
            int trackerDueWorkingDays,
            @Schema(examples = "true") boolean active,
            @Schema(description = "Phiên bản, gửi lại khi cập nhật (khóa lạc quan)", examples = "0") long version) {

        static ReportingScheduleView of(ReportingSchedule s) {
            return new ReportingScheduleView(s.id, s.directive == null ? null : s.directive.id,
                    s.directive == null ? null : s.directive.numberSymbol, s.directive == null ? null : s.directive.title,
                    s.directive == null, s.name, s.kindList(),
                    s.unitDueWorkingDays, s.trackerDueWorkingDays, s.active, s.version);
        }
    }

    @Schema(name = "ReportingScheduleList", description = "Danh sách lịch báo cáo: lịch chung trước, rồi theo văn bản và tên.")
    public record ReportingScheduleList(List<ReportingScheduleView> items) {
    }

    @Schema(name = "ReportingScheduleCreate", description = "Tạo lịch báo cáo định kỳ. Hạn gửi tính theo ngày làm việc sau ngày chốt "
            + "số liệu của kỳ; hạn của cơ quan theo dõi không được sớm hơn hạn của đơn vị.")
    public record ReportingScheduleCreate(
            @Schema(description = "Văn bản áp dụng; bỏ trống để áp dụng cho mọi văn bản", examples = "3") Long directiveId,
            @NotBlank(message = "Tên lịch báo cáo không được để trống")
            @Size(max = 255, message = "Tên lịch báo cáo tối đa 255 ký tự")
            @Schema(examples = "Báo cáo tháng Chương trình hành động thực hiện Kết luận 57-KL/TU") String name,
            @NotEmpty(message = "Cần ít nhất một loại kỳ báo cáo")
            @Size(max = 5, message = "Tối đa 5 loại kỳ báo cáo")
            @Schema(examples = "[\"MONTHLY\", \"YEARLY\"]")
            List<@NotNull(message = "Loại kỳ báo cáo không được để trống") PeriodKind> kinds,
            @NotNull(message = "Số ngày làm việc của đơn vị là bắt buộc")
            @Min(value = 1, message = "Số ngày làm việc của đơn vị tối thiểu là 1")
            @Max(value = MAX_DUE_WORKING_DAYS, message = "Số ngày làm việc của đơn vị tối đa là " + MAX_DUE_WORKING_DAYS)
            @Schema(examples = "2") Integer unitDueWorkingDays,
            @NotNull(message = "Số ngày làm việc của cơ quan theo dõi là bắt buộc")
            @Min(value = 1, message = "Số ngày làm việc của cơ quan theo dõi tối thiểu là 1")
            @Max(value = MAX_DUE_WORKING_DAYS, message = "Số ngày làm việc của cơ quan theo dõi tối đa là " + MAX_DUE_WORKING_DAYS)
            @Schema(examples = "5") Integer trackerDueWorkingDays,
            @Schema(description = "Đang áp dụng; mặc định true", examples = "true") Boolean active) {
    }

    @Schema(name = "ReportingScheduleUpdate", description = "Cập nhật lịch báo cáo; version phải là phiên bản đang xem.")
    public record ReportingScheduleUpdate(
            @Schema(description = "Văn bản áp dụng; bỏ trống để áp dụng cho mọi văn bản", examples = "3") Long directiveId,
            @NotBlank(message = "Tên lịch báo cáo không được để trống")
            @Size(max = 255, message = "Tên lịch báo cáo tối đa 255 ký tự")
            @Schema(examples = "Báo cáo tháng Chương trình hành động thực hiện Kết luận 57-KL/TU") String name,
            @NotEmpty(message = "Cần ít nhất một loại kỳ báo cáo")
            @Size(max = 5, message = "Tối đa 5 loại kỳ báo cáo")
            @Schema(examples = "[\"MONTHLY\", \"QUARTERLY\", \"YEARLY\"]")
            List<@NotNull(message = "Loại kỳ báo cáo không được để trống") PeriodKind> kinds,
            @NotNull(message = "Số ngày làm việc của đơn vị là bắt buộc")
            @Min(value = 1, message = "Số ngày làm việc của đơn vị tối thiểu là 1")
            @Max(value = MAX_DUE_WORKING_DAYS, message = "Số ngày làm việc của đơn vị tối đa là " + MAX_DUE_WORKING_DAYS)
            @Schema(examples = "3") Integer unitDueWorkingDays,
            @NotNull(message = "Số ngày làm việc của cơ quan theo dõi là bắt buộc")
            @Min(value = 1, message = "Số ngày làm việc của cơ quan theo dõi tối thiểu là 1")
            @Max(value = MAX_DUE_WORKING_DAYS, message = "Số ngày làm việc của cơ quan theo dõi tối đa là " + MAX_DUE_WORKING_DAYS)
            @Schema(examples = "5") Integer trackerDueWorkingDays,
            @NotNull(message = "Trạng thái áp dụng (active) là bắt buộc")
            @Schema(examples = "true") Boolean active,
            @NotNull(message = "Phiên bản (version) là bắt buộc")
            @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }
}
