package vn.dondoc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Trạng thái: NOT_STARTED (chưa thực hiện), IN_PROGRESS (đang thực hiện), "
        + "COMPLETED (hoàn thành), CANCELLED (đã hủy), CLOSED_WITH_TASK (chỉ phần việc của đơn vị: đóng theo nhiệm vụ, "
        + "khi nhiệm vụ đã hoàn thành hoặc bị hủy; không tính là hoàn thành, không tính là quá hạn)")
public enum ProgressStatus {
    NOT_STARTED("Chưa thực hiện"), IN_PROGRESS("Đang thực hiện"), COMPLETED("Hoàn thành"), CANCELLED("Đã hủy"),
    CLOSED_WITH_TASK("Đóng theo nhiệm vụ");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese name every document and message uses (the SPA has its own i18n copy). */
    public String label() {
        return label;
    }
}
