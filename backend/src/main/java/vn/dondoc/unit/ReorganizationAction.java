package vn.dondoc.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hình thức tổ chức lại: MERGE (sáp nhập vào đơn vị kế thừa), SPLIT (chia tách: đơn vị giải thể, "
        + "mỗi phần việc đang mở chuyển cho đơn vị kế thừa được chọn cho phần việc đó), RENAME (đổi tên)")
public enum ReorganizationAction {
    MERGE, SPLIT, RENAME
}
