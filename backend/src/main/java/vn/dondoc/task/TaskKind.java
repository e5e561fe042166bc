package vn.dondoc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Loại nhiệm vụ: DEADLINE (có thời hạn), ONGOING (thường xuyên, báo cáo theo kỳ), "
        + "PERIODIC (định kỳ, có sản phẩm lặp lại)")
public enum TaskKind {
    DEADLINE, ONGOING, PERIODIC
}
