package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.importer.Proposal.ReportingObligation;
import vn.dondoc.importer.Proposal.ScheduleProposal;
import vn.dondoc.period.PeriodKind;

/** Reporting duties to the schedule they ask for, without the application. */
class ScheduleProposerTest {

    static final ImportPatterns P = ImportPatterns.defaults();
    static final ScheduleProposer.Defaults GLOBAL = new ScheduleProposer.Defaults(
            List.of(PeriodKind.QUARTERLY, PeriodKind.HALF_YEARLY, PeriodKind.NINE_MONTHS, PeriodKind.YEARLY), 2, 5);

    static ReportingObligation duty(String code, String kind, String frequency, String text) {
        return new ReportingObligation(code, kind, text, List.of(), List.of(), List.of(), frequency, 1, 1);
    }

    @Test
    void statedPeriodsAndDays() {
        ScheduleProposal s = ScheduleProposer.propose(P, List.of(
                duty("III.1", "IMPLEMENTATION_PLAN", "ONCE", "Các sở xây dựng kế hoạch, báo cáo UBND tỉnh."),
                duty("III.2", "PROGRESS", "HALF_YEARLY", "Các sở định kỳ 6 tháng báo cáo kết quả thực hiện Kế hoạch này chậm nhất 3 ngày làm việc sau ngày chốt số liệu."),
                duty("III.3", "CONSOLIDATED", "YEARLY", "Sở Công Thương hằng năm tổng hợp báo cáo gửi UBND tỉnh trong vòng 10 ngày làm việc."),
                duty("III.4", "SUPERVISION", "ONGOING", "Ủy ban MTTQ tỉnh giám sát.")), GLOBAL);
        assertEquals(List.of(PeriodKind.HALF_YEARLY, PeriodKind.YEARLY), s.kinds());
        assertEquals(3, s.unitDueWorkingDays());
        assertEquals(10, s.trackerDueWorkingDays());
        assertTrue(s.kindsFromText());
        assertTrue(s.daysFromText());
        assertEquals(List.of("III.2", "III.3"), s.sourceCodes());
        assertEquals("Báo cáo kết quả thực hiện Kế hoạch (6 tháng, hằng năm)", s.name());
    }

    @Test
    void unstatedPeriodsFollowTheGlobalSchedule() {
        ScheduleProposal s = ScheduleProposer.propose(P, List.of(
                duty("III.2", "PROGRESS", "PERIODIC", "Các sở định kỳ báo cáo kết quả thực hiện về UBND tỉnh.")), GLOBAL);
        assertEquals(GLOBAL.kinds(), s.kinds());
        assertEquals(2, s.unitDueWorkingDays());
        assertEquals(5, s.trackerDueWorkingDays());
        assertFalse(s.kindsFromText());
        assertFalse(s.daysFromText());
        assertEquals("Báo cáo kết quả thực hiện (hằng quý, 6 tháng, 9 tháng, hằng năm)", s.name());
    }

    @Test
    void theUnitsLaterThanTheTrackerIsNotAllowed() {
        ScheduleProposal s = ScheduleProposer.propose(P, List.of(
                duty("III.2", "PROGRESS", "QUARTERLY", "Hằng quý báo cáo kết quả trước 7 ngày làm việc.")), GLOBAL);
        assertEquals(7, s.unitDueWorkingDays());
        assertEquals(7, s.trackerDueWorkingDays());
    }

    @Test
    void noPeriodicDutyNoSchedule() {
        assertNull(ScheduleProposer.propose(P, List.of(duty("III.1", "IMPLEMENTATION_PLAN", "ONCE", "Xây dựng kế hoạch.")), GLOBAL));
        assertNull(ScheduleProposer.propose(P, List.of(), GLOBAL));
    }
}
