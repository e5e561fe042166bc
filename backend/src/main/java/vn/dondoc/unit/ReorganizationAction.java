package vn.dondoc.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hình thức tổ chức lại: MERGE (sáp nhập vào đơn vị kế thừa), RENAME (đổi tên)")
public enum ReorganizationAction {
    MERGE, RENAME
}
