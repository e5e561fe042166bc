package vn.dondoc.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about the holiday calendar and working days; entities never leave the service. */
public final class CalendarDtos {

    private CalendarDtos() {
    }

    @Schema(name = "Holiday", description = "Một ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi hoặc ngày làm bù.")
    public record HolidayView(
            @Schema(examples = "12") long id,
            @Schema(description = "Ngày (yyyy-MM-dd)", examples = "2026-02-17") LocalDate day,
            @Schema(description = "Thứ trong tuần", examples = "thứ Ba") String weekday,
            @Schema(examples = "Tết Nguyên đán (mùng 1 tháng Giêng)") String name,
            HolidayKind kind,
            @Schema(description = "Ngày này có phải ngày làm việc không (chỉ đúng với ngày làm bù)", examples = "false")
            boolean workingDay,
            @Schema(description = "Phiên bản, gửi lại khi cập nhật (khóa lạc quan)", examples = "0") long version) {

        static HolidayView of(Holiday h) {
            return new HolidayView(h.id, h.day, WorkingDayCalendar.weekdayName(h.day.getDayOfWeek()), h.name, h.kind,
                    !h.kind.dayOff(), h.version);
        }
    }

    @Schema(name = "HolidayList", description = "Các ngày nghỉ lễ, nghỉ bù, hoán đổi của một năm, theo ngày.")
    public record HolidayList(
            @Schema(examples = "2026") int year,
            List<HolidayView> items) {
    }

    @Schema(name = "HolidayCreate", description = "Thêm một ngày vào lịch nghỉ. Mỗi ngày chỉ có một mục.")
    public record HolidayCreate(
            @NotNull(message = "Ngày là bắt buộc")
            @Schema(description = "Ngày (yyyy-MM-dd)", examples = "2026-11-24") LocalDate day,
            @NotBlank(message = "Tên ngày nghỉ không được để trống")
            @Size(max = 200, message = "Tên ngày nghỉ tối đa 200 ký tự")
            @Schema(examples = "Ngày Văn hóa Việt Nam") String name,
            @NotNull(message = "Loại ngày là bắt buộc") HolidayKind kind) {
    }

    @Schema(name = "HolidayUpdate", description = "Sửa một ngày của lịch nghỉ; version phải là phiên bản đang xem.")
    public record HolidayUpdate(
            @NotNull(message = "Ngày là bắt buộc")
            @Schema(description = "Ngày (yyyy-MM-dd)", examples = "2026-08-31") LocalDate day,
            @NotBlank(message = "Tên ngày nghỉ không được để trống")
            @Size(max = 200, message = "Tên ngày nghỉ tối đa 200 ký tự")
            @Schema(examples = "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)") String name,
            @NotNull(message = "Loại ngày là bắt buộc") HolidayKind kind,
            @NotNull(message = "Phiên bản (version) là bắt buộc")
            @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "WorkingDayResult", description = "Ngày làm việc thứ N sau một ngày (không tính chính ngày đó).")
    public record WorkingDayResult(
            @Schema(description = "Ngày bắt đầu đếm", examples = "2026-02-13") LocalDate from,
            @Schema(description = "Số ngày làm việc cộng thêm", examples = "2") int add,
            @Schema(description = "Ngày làm việc thứ N sau ngày bắt đầu", examples = "2026-02-24") LocalDate result) {
    }

    @Schema(name = "WorkingDayCheck", description = "Một ngày có phải ngày làm việc không, và vì sao.")
    public record WorkingDayCheck(
            @Schema(examples = "2026-04-27") LocalDate date,
            @Schema(examples = "false") boolean workingDay,
            @Schema(description = "Lý do, bằng tiếng Việt",
                    examples = "Nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần: Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026)")
            String reason,
            @Schema(description = "Loại ngày nếu ngày có trong lịch nghỉ; null với ngày thường và ngày cuối tuần")
            HolidayKind holidayKind) {

        static WorkingDayCheck of(WorkingDayCalendar.DayStatus status) {
            return new WorkingDayCheck(status.date(), status.workingDay(), status.reason(), status.kind());
        }
    }
}
