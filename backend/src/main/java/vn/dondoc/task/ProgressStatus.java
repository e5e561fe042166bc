package vn.dondoc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Trạng thái: NOT_STARTED (chưa thực hiện), IN_PROGRESS (đang thực hiện), "
        + "COMPLETED (hoàn thành), CANCELLED (đã hủy)")
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED
}
