package vn.dondoc.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Trạng thái báo cáo: DRAFT (dự thảo), SUBMITTED (đã gửi, thủ trưởng ký), ACCEPTED (đã tiếp nhận), "
        + "RETURNED (bị trả lại để bổ sung)")
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    /** A unit may still change the report: before it is sent, or after it was returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
