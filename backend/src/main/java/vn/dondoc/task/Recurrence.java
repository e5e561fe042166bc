package vn.dondoc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Chu kỳ của nhiệm vụ định kỳ: MONTHLY (hằng tháng), QUARTERLY (hằng quý), "
        + "HALF_YEARLY (6 tháng), YEARLY (hằng năm)")
public enum Recurrence {
    MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
}
