// Test data of the reporting feature (used by its tests only).
import type { Me } from '../../api/types';
import { SCT, STTTT, officer as taskOfficer } from '../../test/fixtures';
import type { PeriodicReport, ProgressReport, ReportingObligations } from './types';

export { SCT, STTTT };

export const officer: Me = taskOfficer;
export const head: Me = {
  username: 'giamdoc.stttt',
  fullName: 'Phạm Văn Đức',
  roles: ['unit_head'],
  unit: STTTT,
};
export const coordinator: Me = {
  username: 'theodoi.sct',
  fullName: 'Trần Văn Hùng',
  roles: ['coordinator'],
  unit: SCT,
};
export const leader: Me = { username: 'lanhdao', fullName: 'Lãnh đạo', roles: ['leader'] };

export const task = {
  id: 42,
  directiveId: 3,
  code: 'II.1.b',
  content: 'Hướng dẫn các cơ quan truyền thông tuyên truyền Kết luận số 57-KL/TU',
  kind: 'DEADLINE' as const,
  dueDate: '2026-12-31',
  status: 'IN_PROGRESS' as const,
  percentComplete: 40,
  leadUnits: [STTTT],
  coordinatingUnits: [],
  assignments: [],
  version: 1,
};

export const draft: ProgressReport = {
  id: 15,
  assignmentId: 301,
  taskId: 42,
  taskCode: 'II.1.b',
  unit: STTTT,
  role: 'LEAD',
  status: 'DRAFT',
  workDone: 'Đã ban hành Kế hoạch tuyên truyền số 120/KH-STTTT.',
  results: '',
  percentComplete: 60,
  difficulties: 'Kinh phí tuyên truyền còn hạn chế.',
  proposals: '',
  claimsCompletion: false,
  createdBy: 'chuyenvien.stttt',
  attachments: [
    {
      id: 7,
      fileName: 'Ke-hoach-120.pdf',
      contentType: 'application/pdf',
      sizeBytes: 184320,
      uploadedBy: 'chuyenvien.stttt',
      createdAt: '2026-11-20T02:00:00Z',
    },
  ],
  version: 3,
};

export const submitted: ProgressReport = {
  ...draft,
  status: 'SUBMITTED',
  submittedBy: 'giamdoc.stttt',
  submittedAt: '2026-11-21T03:15:00Z',
  submittedOn: '2026-11-21',
  claimsCompletion: true,
  percentComplete: 100,
  version: 4,
};

export const returned: ProgressReport = {
  ...submitted,
  status: 'RETURNED',
  reviewerComment: 'Đề nghị bổ sung số liệu tin, bài theo từng quý.',
  reviewedBy: 'theodoi.sct',
  reviewedAt: '2026-11-22T01:30:00Z',
  version: 5,
};

export const accepted: ProgressReport = {
  ...submitted,
  id: 31,
  status: 'ACCEPTED',
  reviewerComment: undefined,
  reviewedBy: 'theodoi.sct',
  reviewedAt: '2026-11-25T01:30:00Z',
  version: 8,
};

export const obligations: ReportingObligations = {
  unit: STTTT,
  currentPeriod: { key: '2026-Q4', label: 'Quý IV/2026', from: '2026-09-15', to: '2026-12-14' },
  assignmentsWithoutReport: [
    {
      assignmentId: 301,
      taskId: 42,
      taskCode: 'II.1.b',
      taskContent: task.content,
      role: 'LEAD',
      dueDate: '2026-12-31',
    },
    {
      assignmentId: 305,
      taskId: 48,
      taskCode: 'II.5.a',
      taskContent: 'Đẩy mạnh cải cách hành chính, chuyển đổi số',
      role: 'COORDINATING',
    },
  ],
  periodicDue: [
    {
      directiveId: 3,
      directiveTitle: 'Chương trình hành động thực hiện Kết luận số 57-KL/TU',
      periodKey: '2026-Q4',
      periodLabel: 'Quý IV/2026',
      dueDate: '2026-12-16',
      submission: 'NOT_SUBMITTED',
    },
    {
      directiveId: 4,
      directiveTitle: 'Kế hoạch chuyển đổi số',
      periodKey: '2026-Q3',
      periodLabel: 'Quý III/2026',
      dueDate: '2026-09-16',
      reportId: 9,
      reportStatus: 'DRAFT',
      submission: 'NOT_SUBMITTED',
    },
  ],
  returnedReports: [
    {
      kind: 'PROGRESS',
      reportId: 15,
      subject: 'II.1.b',
      reviewerComment: 'Đề nghị bổ sung số liệu tin, bài theo từng quý.',
      reviewedBy: 'theodoi.sct',
      reviewedAt: '2026-11-22T01:30:00Z',
    },
  ],
};

export const periodic: PeriodicReport = {
  id: 5,
  directiveId: 3,
  unit: STTTT,
  periodKey: '2026-Q4',
  periodLabel: 'Quý IV/2026',
  periodFrom: '2026-09-15',
  periodTo: '2026-12-14',
  dueDate: '2026-12-16',
  status: 'DRAFT',
  submission: 'NOT_SUBMITTED',
  summary: 'Đơn vị đã triển khai 9/10 nhiệm vụ được giao.',
  items: [
    {
      id: 88,
      assignmentId: 301,
      taskId: 42,
      taskCode: 'II.1.b',
      taskContent: task.content,
      role: 'LEAD',
      progress: 'Đã đăng 12 tin, bài.',
      percentComplete: 60,
    },
    {
      id: 89,
      assignmentId: 305,
      taskId: 48,
      taskCode: 'II.5.a',
      taskContent: 'Đẩy mạnh cải cách hành chính, chuyển đổi số',
      role: 'COORDINATING',
      progress: '',
      percentComplete: 10,
    },
  ],
  version: 2,
};
