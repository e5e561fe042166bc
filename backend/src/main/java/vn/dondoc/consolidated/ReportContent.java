package vn.dondoc.consolidated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dondoc.common.document.Decree30Docx.Closing;
import vn.dondoc.common.document.Decree30Docx.Header;
import vn.dondoc.consolidated.ConsolidatedDtos.Figures;
import vn.dondoc.consolidated.ConsolidatedFigures.TaskLine;

/**
 * Everything a consolidated report prints, gathered before writing: the figures and tasks, and the units' own
 * reported text (never text made up by the software).
 *
 * @param citation       the directive as cited in the text ("Chương trình hành động ...")
 * @param periodLabel    "Quý IV/2026"
 * @param progressInPeriod per task, the progress reports sent in the period (results), oldest first
 * @param latestReport   per task, the latest report sent up to the cut-off: the annex's "latest report" column
 * @param reasons        per task, the difficulties the units reported (overdue tasks' reasons)
 * @param periodic       the units' periodic reports for the period
 * @param difficulties   difficulties from progress and periodic reports
 * @param proposals      proposals from progress and periodic reports
 * @param nextPeriod     open tasks due in the next period
 */
record ReportContent(Header header, Closing closing, String citation, String periodLabel, LocalDate periodFrom,
        LocalDate periodTo, String issuer, String superior, Figures figures, List<TaskLine> tasks,
        Map<Long, List<UnitText>> progressInPeriod, Map<Long, UnitText> latestReport, Map<Long, List<UnitText>> reasons,
        List<UnitText> periodic, List<UnitText> difficulties, List<UnitText> proposals, List<TaskLine> nextPeriod) {

    /** A unit's text, as it reported it. */
    record UnitText(String unit, String taskCode, String text) {
    }
}
