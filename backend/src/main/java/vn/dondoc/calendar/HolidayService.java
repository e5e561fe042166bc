package vn.dondoc.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.calendar.CalendarDtos.HolidayCreate;
import vn.dondoc.calendar.CalendarDtos.HolidayList;
import vn.dondoc.calendar.CalendarDtos.HolidayUpdate;
import vn.dondoc.calendar.CalendarDtos.HolidayView;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;

/**
 * The holiday table, edited per year by the administrator: the Labour Code fixes the solar holidays, the
 * lunar ones move every year and the government announces the swapped days. Every change tells the
 * {@link WorkingDayCalendar} to forget its cache once the change commits.
 */
@ApplicationScoped
@Transactional
public class HolidayService {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Inject
    Clock clock;

    @Inject
    Event<HolidaysChanged> changes;

    /** The year's days in date order; without a year, the current year in the province. */
    public HolidayList list(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw ProblemException.invalid("year", "Năm phải từ " + MIN_YEAR + " đến " + MAX_YEAR);
        }
        List<Holiday> days = Holiday.list("select h from Holiday h where h.day >= ?1 and h.day <= ?2 order by h.day",
                LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        return new HolidayList(y, days.stream().map(HolidayView::of).toList());
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
