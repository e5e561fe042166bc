package vn.dondoc.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The periodic reports of Decree 09/2019/NĐ-CP on the reporting regime of state administrative agencies. */
@Schema(description = "Loại kỳ báo cáo định kỳ (Nghị định 09/2019/NĐ-CP): MONTHLY (hằng tháng), QUARTERLY (hằng quý), "
        + "HALF_YEARLY (6 tháng), NINE_MONTHS (9 tháng), YEARLY (hằng năm)")
public enum PeriodKind {
    MONTHLY, QUARTERLY, HALF_YEARLY, NINE_MONTHS, YEARLY
}
