// Test data of the deadline feature (used by its tests only).
import type {
  Deadline,
  DeadlinePage,
  ExtensionRequest,
  TaskDetail,
  TaskDueDates,
} from '../../api/types';
import { SCT, SKHDT, STTTT, taskDetail } from '../../test/fixtures';

export { SCT, SKHDT, STTTT };

/** The task of test/fixtures, overdue for Sở Công Thương, its first due date extended for Sở TT&TT. */
export const task: TaskDetail = {
  ...taskDetail,
  dueDate: '2026-03-31',
  originalDueDate: '2026-03-31',
  timeliness: 'OVERDUE',
  assignments: [
    { ...taskDetail.assignments![0], dueDate: '2026-03-31' },
    { ...taskDetail.assignments![1], dueDate: '2026-06-30' },
    { ...taskDetail.assignments![2], dueDate: '2026-03-31' },
  ],
};

export const pendingRequest: ExtensionRequest = {
  id: 21,
  assignmentId: 102,
  taskId: 12,
  taskCode: 'II.4.c.2',
  taskContent: 'Xây dựng cơ sở dữ liệu về công nghiệp, tiểu thủ công nghiệp',
  unit: STTTT,
  role: 'COORDINATING',
  previousDueDate: '2026-06-30',
  requestedDueDate: '2026-09-30',
  reason: 'Chờ Bộ Công Thương hướng dẫn chuẩn dữ liệu',
  status: 'PENDING',
  requestedBy: 'chuyenvien.stttt',
  requestedByName: 'Nguyễn Thị Lan',
  // 01:30 UTC is 08:30 in Hà Tĩnh
  requestedAt: '2026-04-02T01:30:00Z',
  version: 3,
};

export const dueDates: TaskDueDates = {
  taskId: 12,
  originalDueDate: '2026-03-31',
  dueDate: '2026-03-31',
  assignments: [
    {
      assignmentId: 101,
      unit: SCT,
      role: 'LEAD',
      status: 'IN_PROGRESS',
      originalDueDate: '2026-03-31',
      dueDate: '2026-03-31',
      changes: [],
    },
    {
      assignmentId: 102,
      unit: STTTT,
      role: 'COORDINATING',
      status: 'NOT_STARTED',
      originalDueDate: '2026-03-31',
      dueDate: '2026-06-30',
      changes: [
        {
          kind: 'EXTENSION',
          previousDueDate: '2026-03-31',
          newDueDate: '2026-06-30',
          reason: 'Đồng ý gia hạn theo đề nghị của đơn vị',
          extensionRequestId: 20,
          changedBy: 'theodoi.sct',
          changedByName: 'Trần Văn Hùng',
          // 17:15 UTC on 10 March is 00:15 on 11 March in Hà Tĩnh
          changedAt: '2026-03-10T17:15:00Z',
        },
      ],
    },
  ],
};

const assignmentDeadline = (overrides: Partial<Deadline>): Deadline => ({
  kind: 'ASSIGNMENT',
  directiveId: 3,
  unit: SCT,
  role: 'LEAD',
  status: 'IN_PROGRESS',
  taskContent: 'Nội dung nhiệm vụ',
  ...overrides,
});

export const deadlinePage: DeadlinePage = {
  items: [
    assignmentDeadline({
      date: '2026-03-05',
      timeliness: 'OVERDUE',
      assignmentId: 101,
      taskId: 12,
      taskCode: 'II.4.c.2',
    }),
    assignmentDeadline({
      date: '2026-03-20',
      timeliness: 'DUE_SOON',
      assignmentId: 201,
      taskId: 13,
      taskCode: 'II.2.a',
    }),
    assignmentDeadline({
      date: '2026-03-31',
      timeliness: 'ON_TRACK',
      assignmentId: 301,
      taskId: 14,
      taskCode: 'II.3.b',
      unit: SKHDT,
      role: 'COORDINATING',
      originalDueDate: '2026-02-28',
    }),
  ],
  page: 0,
  size: 500,
  totalItems: 3,
  totalPages: 1,
  periodicReports: [
    {
      kind: 'PERIODIC_REPORT',
      date: '2026-03-20',
      directiveId: 3,
      unit: SCT,
      periodKey: '2026-Q1',
      periodLabel: 'Quý I/2026',
    },
  ],
};
