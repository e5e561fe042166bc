package vn.dondoc.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a day of the holiday calendar is, against the Monday-to-Friday week of the administration. */
@Schema(description = "Loại ngày trong lịch nghỉ: PUBLIC_HOLIDAY (ngày nghỉ lễ, tết theo Điều 112 Bộ luật Lao động 2019), "
        + "COMPENSATORY (nghỉ bù theo khoản 3 Điều 111: ngày làm việc kế tiếp khi ngày lễ trùng ngày nghỉ hằng tuần), "
        + "SWAPPED_DAY_OFF (ngày làm việc được nghỉ do hoán đổi theo thông báo của Chính phủ), "
        + "SWAPPED_WORKING_DAY (thứ Bảy hoặc Chủ nhật đi làm bù cho ngày được hoán đổi)")
public enum HolidayKind {
    PUBLIC_HOLIDAY, COMPENSATORY, SWAPPED_DAY_OFF, SWAPPED_WORKING_DAY;

    /** Every kind but the worked Saturday takes the day off. */
    public boolean dayOff() {
        return this != SWAPPED_WORKING_DAY;
    }
}
