package vn.dondoc.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a day of a year's holiday schedule comes from. */
@Schema(description = "Nguồn của một ngày trong lịch nghỉ: COMPUTED (tính sẵn theo Điều 112 Bộ luật Lao động 2019 và âm lịch Việt Nam, "
        + "chưa được quản trị lưu hoặc xác nhận), DECIDED (đã lưu theo quyết định, thông báo hằng năm của Chính phủ hoặc khi quản trị "
        + "xác nhận lịch nghỉ của năm)")
public enum HolidaySource {
    COMPUTED, DECIDED
}
