package vn.dondoc.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportStatus", description = "Trạng thái bản nhập: PARSING (đang đọc), READY (chờ rà soát), FAILED (không đọc được), "
        + "ACCEPTED (đã tạo văn bản và nhiệm vụ)")
public enum ImportStatus {
    PARSING, READY, FAILED, ACCEPTED
}
