package vn.dondoc.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.calendar.CalendarDtos.HolidayConfirmationStatus;
import vn.dondoc.calendar.CalendarDtos.HolidayCreate;
import vn.dondoc.calendar.CalendarDtos.HolidayList;
import vn.dondoc.calendar.CalendarDtos.HolidayUpdate;
import vn.dondoc.calendar.CalendarDtos.HolidayView;
import vn.dondoc.calendar.CalendarDtos.HolidayYearDay;
import vn.dondoc.calendar.CalendarDtos.HolidayYearView;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;

/**
 * The holiday table, edited per year by the administrator: the Labour Code fixes the solar holidays, the
 * lunar ones move every year and the government announces the swapped days. Every change tells the
 * {@link WorkingDayCalendar} to forget its cache once the change commits.
 */
@ApplicationScoped
@Transactional
public class HolidayService {

    static final int MIN_YEAR = VietnameseLunarCalendar.MIN_YEAR;
    static final int MAX_YEAR = VietnameseLunarCalendar.MAX_YEAR;

    /** From this day of every year (1 October) the administrator is warned that next year is not confirmed. */
    static final int WARN_MONTH = 10;

    @Inject
    Clock clock;

    @Inject
    Event<HolidaysChanged> changes;

    @Inject
    CurrentUser currentUser;

    /** The year's days in date order; without a year, the current year in the province. */
    public HolidayList list(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        checkYear(y);
        return new HolidayList(y, storedDays(y).stream().map(HolidayView::of).toList());
    }

    public HolidayView get(long id) {
        return HolidayView.of(find(id));
    }

    public HolidayView create(HolidayCreate request) {
        check(request.day(), request.kind(), null);
        Holiday holiday = new Holiday();
        holiday.day = request.day();
        holiday.name = request.name().trim();
        holiday.kind = request.kind();
        holiday.persist();
        holiday.flush();
        changes.fire(new HolidaysChanged(holiday.day));
        return HolidayView.of(holiday);
    }

    public HolidayView update(long id, HolidayUpdate request) {
        Holiday holiday = find(id);
        if (holiday.version != request.version()) {
            throw ProblemException.conflict("Ngày nghỉ đã được người khác cập nhật (phiên bản hiện tại " + holiday.version
                    + ", bạn gửi " + request.version() + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
        check(request.day(), request.kind(), holiday);
        LocalDate before = holiday.day;
        holiday.day = request.day();
        holiday.name = request.name().trim();
        holiday.kind = request.kind();
        // Flush inside the transaction so that a concurrent update surfaces here as a 409.
        holiday.flush();
        changes.fire(new HolidaysChanged(before));
        return HolidayView.of(holiday);
    }

    public void delete(long id) {
        Holiday holiday = find(id);
        holiday.delete();
        holiday.flush();
        changes.fire(new HolidaysChanged(holiday.day));
    }

    /**
     * The year as the working-day calendar counts it: computed statutory days and stored decisions, each
     * with its source. Read in this transaction, so a confirmation shows its own result.
     */
    public HolidayYearView year(int year) {
        checkYear(year);
        WorkingDayCalendar.YearSchedule schedule = WorkingDayCalendar.load(year);
        Map<LocalDate, Holiday> stored = new HashMap<>();
        storedDays(year).forEach(h -> stored.put(h.day, h));
        HolidayYear confirmation = HolidayYear.findById(year);
        List<HolidayYearDay> days = schedule.entries().stream()
                .map(e -> HolidayYearDay.of(e, e.source() == HolidaySource.DECIDED ? stored.get(e.day()) : null)).toList();
        return new HolidayYearView(year, confirmation != null, confirmation == null ? null : confirmation.confirmedBy,
                confirmation == null ? null : confirmation.confirmedAt, VietnameseLunarCalendar.newYear(year), days);
    }

    /**
     * The administrator confirms the year against the government's decision: every computed day still
     * standing is stored as it is, and from now on the stored days are the year's whole schedule (a day that
     * is not off after all is simply deleted). Confirming a confirmed year changes nothing.
     */
    public HolidayYearView confirm(int year) {
        checkYear(year);
        if (HolidayYear.findById(year) == null) {
            for (WorkingDayCalendar.Entry e : WorkingDayCalendar.load(year).entries()) {
                if (e.source() == HolidaySource.COMPUTED) {
                    Holiday holiday = new Holiday();
                    holiday.day = e.day();
                    holiday.name = e.name();
                    holiday.kind = e.kind();
                    holiday.persist();
                }
            }
            HolidayYear confirmation = new HolidayYear();
            confirmation.year = year;
            confirmation.confirmedBy = currentUser.fullName();
            confirmation.confirmedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            confirmation.persist();
            confirmation.flush();
            changes.fire(new HolidaysChanged(LocalDate.of(year, 1, 1)));
        }
        return year(year);
    }

    /**
     * Withdraws a confirmation: the year is provisional again, its computed days come back under the stored
     * ones (a stored day still wins on its date). Withdrawing an unconfirmed year changes nothing.
     */
    public void withdrawConfirmation(int year) {
        checkYear(year);
        HolidayYear confirmation = HolidayYear.findById(year);
        if (confirmation != null) {
            confirmation.delete();
            confirmation.flush();
            changes.fire(new HolidaysChanged(LocalDate.of(year, 1, 1)));
        }
    }

    /** Whether next year is confirmed and, from 1 October, the warning the administrator sees if it is not. */
    public HolidayConfirmationStatus confirmationStatus() {
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        LocalDate warnFrom = LocalDate.of(today.getYear(), WARN_MONTH, 1);
        boolean confirmed = HolidayYear.findById(next) != null;
        String warning = null;
        if (!confirmed && !today.isBefore(warnFrom) && next <= MAX_YEAR) {
            warning = "Lịch nghỉ lễ, tết năm " + next + " chưa được xác nhận. Khi Chính phủ công bố lịch nghỉ năm " + next
                    + " (ngày nghỉ Tết Nguyên đán, Quốc khánh, ngày hoán đổi, làm bù), hãy cập nhật các ngày đó rồi bấm \"Xác nhận lịch "
                    + "nghỉ năm " + next + "\". Đến khi đó, thời hạn tính theo ngày làm việc qua năm " + next
                    + " dùng lịch tính sẵn theo Bộ luật Lao động và được ghi là tạm tính.";
        }
        return new HolidayConfirmationStatus(today, next, confirmed, warnFrom, warning);
    }

    private static List<Holiday> storedDays(int year) {
        return Holiday.list("select h from Holiday h where h.day >= ?1 and h.day <= ?2 order by h.day",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.invalid("year", "Năm phải từ " + MIN_YEAR + " đến " + MAX_YEAR);
        }
    }

    Holiday find(long id) {
        Holiday holiday = Holiday.findById(id);
        if (holiday == null) {
            throw ProblemException.notFound("Không tìm thấy ngày nghỉ có mã số " + id + ".");
        }
        return holiday;
    }

    /** One entry per day, within the supported years, and a kind that makes sense on that weekday. */
    private static void check(LocalDate day, HolidayKind kind, Holiday self) {
        List<FieldError> errors = new ArrayList<>();
        if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
            errors.add(new FieldError("day", "Ngày phải thuộc các năm từ " + MIN_YEAR + " đến " + MAX_YEAR));
        } else {
            Holiday other = Holiday.findByDay(day).orElse(null);
            if (other != null && other != self) {
                errors.add(new FieldError("day", "Ngày " + day.format(DisplayDates.DAY) + " đã có trong lịch nghỉ: " + other.name));
            }
        }
        boolean weekend = WorkingDayCalendar.isWeekend(day);
        String weekday = WorkingDayCalendar.weekdayName(day.getDayOfWeek());
        if (kind == HolidayKind.SWAPPED_WORKING_DAY && !weekend) {
            errors.add(new FieldError("kind", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày " + day.format(DisplayDates.DAY)
                    + " là " + weekday));
        }
        if ((kind == HolidayKind.COMPENSATORY || kind == HolidayKind.SWAPPED_DAY_OFF) && weekend) {
            errors.add(new FieldError("kind", "Ngày nghỉ bù hoặc nghỉ hoán đổi phải là ngày làm việc (thứ Hai đến thứ Sáu); ngày "
                    + day.format(DisplayDates.DAY) + " là " + weekday));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
