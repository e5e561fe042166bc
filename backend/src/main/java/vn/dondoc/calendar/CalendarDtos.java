package vn.dondoc.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
            @Schema(description = "Ngày làm việc thứ N sau ngày bắt đầu", examples = "2026-02-24") LocalDate result,
            @Schema(description = "Kết quả còn tạm tính: việc đếm đi qua năm mà lịch nghỉ chưa được quản trị xác nhận theo quyết định "
                    + "của Chính phủ (đang dùng lịch tính sẵn theo Bộ luật Lao động)", examples = "false")
            boolean provisional,
            @Schema(description = "Các năm chưa xác nhận lịch nghỉ mà việc đếm đi qua; rỗng khi kết quả là chính thức",
                    examples = "[]")
            List<Integer> unconfirmedYears) {

        static WorkingDayResult of(WorkingDayCalendar.Count count) {
            return new WorkingDayResult(count.from(), count.add(), count.result(), count.provisional(), count.unconfirmedYears());
        }
    }

    @Schema(name = "WorkingDayCheck", description = "Một ngày có phải ngày làm việc không, và vì sao.")
    public record WorkingDayCheck(
            @Schema(examples = "2026-04-27") LocalDate date,
            @Schema(examples = "false") boolean workingDay,
            @Schema(description = "Lý do, bằng tiếng Việt",
                    examples = "Nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần: Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026)")
            String reason,
            @Schema(description = "Loại ngày nếu ngày có trong lịch nghỉ; null với ngày thường và ngày cuối tuần")
            HolidayKind holidayKind,
            @Schema(description = "Nguồn của ngày trong lịch nghỉ; null với ngày thường và ngày cuối tuần") HolidaySource source,
            @Schema(description = "Lịch nghỉ của năm chưa được quản trị xác nhận: câu trả lời còn tạm tính", examples = "false")
            boolean provisional) {

        static WorkingDayCheck of(WorkingDayCalendar.DayStatus status) {
            return new WorkingDayCheck(status.date(), status.workingDay(), status.reason(), status.kind(), status.source(),
                    status.provisional());
        }
    }

    @Schema(name = "HolidayYearDay", description = "Một ngày của lịch nghỉ một năm: tính sẵn theo luật hoặc đã lưu theo quyết định.")
    public record HolidayYearDay(
            @Schema(description = "Ngày (yyyy-MM-dd)", examples = "2027-02-05") LocalDate day,
            @Schema(description = "Thứ trong tuần", examples = "thứ Sáu") String weekday,
            @Schema(examples = "Tết Nguyên đán (29 tháng Chạp)") String name,
            HolidayKind kind,
            @Schema(description = "Ngày này có phải ngày làm việc không (chỉ đúng với ngày làm bù)", examples = "false")
            boolean workingDay,
            HolidaySource source,
            @Schema(description = "Mã của ngày đã lưu (source DECIDED); null với ngày tính sẵn", examples = "12") Long id,
            @Schema(description = "Phiên bản của ngày đã lưu; null với ngày tính sẵn", examples = "0") Long version) {

        static HolidayYearDay of(WorkingDayCalendar.Entry e, Holiday stored) {
            return new HolidayYearDay(e.day(), WorkingDayCalendar.weekdayName(e.day().getDayOfWeek()), e.name(), e.kind(),
                    !e.kind().dayOff(), e.source(), stored == null ? null : stored.id, stored == null ? null : stored.version);
        }
    }

    @Schema(name = "HolidayYear", description = "Lịch nghỉ của một năm như dùng để đếm ngày làm việc: các ngày tính sẵn theo "
            + "Điều 112 Bộ luật Lao động 2019 (tết, Giỗ Tổ theo âm lịch Việt Nam) và các ngày đã lưu theo quyết định hằng năm của Chính "
            + "phủ. Khi năm đã được xác nhận, lịch chỉ gồm các ngày đã lưu.")
    public record HolidayYearView(
            @Schema(examples = "2027") int year,
            @Schema(description = "Quản trị đã xác nhận lịch nghỉ của năm theo quyết định của Chính phủ", examples = "false")
            boolean confirmed,
            @Schema(description = "Người xác nhận; null khi chưa xác nhận", examples = "Nguyễn Văn Quản") String confirmedBy,
            @Schema(description = "Thời điểm xác nhận; null khi chưa xác nhận", examples = "2026-11-20T02:15:00Z") Instant confirmedAt,
            @Schema(description = "Mùng 1 Tết Nguyên đán của năm (âm lịch Việt Nam, múi giờ UTC+7)", examples = "2027-02-06")
            LocalDate lunarNewYear,
            @Schema(description = "Các ngày khác với tuần làm việc thứ Hai - thứ Sáu, theo ngày") List<HolidayYearDay> days) {
    }

    @Schema(name = "HolidayConfirmationStatus", description = "Tình trạng xác nhận lịch nghỉ năm sau, cho quản trị: từ ngày 1/10 "
            + "mỗi năm, nếu lịch nghỉ năm sau chưa được xác nhận thì có cảnh báo.")
    public record HolidayConfirmationStatus(
            @Schema(description = "Hôm nay (giờ Việt Nam)", examples = "2026-10-01") LocalDate today,
            @Schema(description = "Năm sau", examples = "2027") int year,
            @Schema(description = "Lịch nghỉ năm sau đã được xác nhận", examples = "false") boolean confirmed,
            @Schema(description = "Ngày bắt đầu cảnh báo (1/10 năm nay)", examples = "2026-10-01") LocalDate warnFrom,
            @Schema(description = "Cảnh báo cho quản trị; null khi không có gì phải làm",
                    examples = "Lịch nghỉ lễ, tết năm 2027 chưa được xác nhận. ...") String warning) {
    }
}
