package vn.dondoc.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportStatus", description = "Trạng thái bản nhập: QUEUED (chờ đọc), RUNNING (đang đọc, xem progress), READY (chờ rà soát), "
        + "FAILED (không đọc được, xem error), ACCEPTED (đã tạo văn bản và nhiệm vụ)")
public enum ImportStatus {
    QUEUED, RUNNING, READY, FAILED, ACCEPTED
}
