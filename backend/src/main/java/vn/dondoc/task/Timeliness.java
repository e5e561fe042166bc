package vn.dondoc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The status matrix of domain.md, derived at read time in the province's time zone, never stored:
 * the same task becomes OVERDUE at midnight without anybody writing anything.
 */
@Schema(description = "Tình hình thực hiện so với thời hạn: COMPLETED_ON_TIME (hoàn thành đúng hạn), "
        + "COMPLETED_LATE (hoàn thành quá hạn), ON_TRACK (đang thực hiện trong hạn), DUE_SOON (sắp đến hạn), "
        + "OVERDUE (quá hạn), NO_DEADLINE (không có thời hạn, thường xuyên), CANCELLED (đã hủy), "
        + "CLOSED_WITH_TASK (phần việc đóng theo nhiệm vụ: không tính đúng hạn, không tính quá hạn)")
public enum Timeliness {
    COMPLETED_ON_TIME, COMPLETED_LATE, ON_TRACK, DUE_SOON, OVERDUE, NO_DEADLINE, CANCELLED, CLOSED_WITH_TASK
}
