import type { Me, TaskDetail, UnitRef } from '../api/types';

export const unit = (id: number, code: string, name: string, shortName: string): UnitRef => ({
  id,
  code,
  name,
  shortName,
});
export const STTTT = unit(7, 'STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT');
export const SCT = unit(1, 'SCT', 'Sở Công Thương', 'Sở CT');
export const SKHDT = unit(2, 'SKHDT', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT');

export const officer: Me = {
  username: 'chuyenvien.stttt',
  fullName: 'Nguyễn Thị Lan',
  roles: ['unit_officer'],
  unit: STTTT,
};
export const coordinator: Me = {
  username: 'theodoi.sct',
  fullName: 'Trần Văn Hùng',
  roles: ['coordinator'],
  unit: SCT,
};
export const supervisor: Me = {
  username: 'giamsat.mttq',
  fullName: 'Lê Văn Minh',
  roles: ['supervisor'],
};

/** A task led by Sở Công Thương with Sở TT&TT and Sở KH&ĐT coordinating. */
export const taskDetail: TaskDetail = {
  id: 12,
  directiveId: 3,
  parentId: 40,
  code: 'II.4.c.2',
  content: 'Xây dựng cơ sở dữ liệu về công nghiệp, tiểu thủ công nghiệp',
  kind: 'DEADLINE',
  dueDate: '2026-12-31',
  field: 'Phát triển công nghiệp bền vững',
  priority: 'HIGH',
  expectedOutput: 'Cơ sở dữ liệu',
  approvalLevel: 'UBND_TINH',
  status: 'IN_PROGRESS',
  percentComplete: 30,
  timeliness: 'ON_TRACK',
  leadUnits: [SCT],
  coordinatingUnits: [STTTT, SKHDT],
  assignments: [
    { id: 101, unit: SCT, role: 'LEAD', status: 'IN_PROGRESS', percentComplete: 30, version: 0 },
    {
      id: 102,
      unit: STTTT,
      role: 'COORDINATING',
      status: 'NOT_STARTED',
      percentComplete: 0,
      version: 4,
    },
    {
      id: 103,
      unit: SKHDT,
      role: 'COORDINATING',
      status: 'COMPLETED',
      percentComplete: 100,
      version: 1,
    },
  ],
  version: 2,
};

export const directive = {
  id: 3,
  kind: 'ACTION_PROGRAM' as const,
  numberSymbol: '15/CTr-UBND',
  issuingBody: 'UBND tỉnh Hà Tĩnh',
  issuedOn: '2023-02-20',
  title: 'Chương trình hành động thực hiện Kết luận số 57-KL/TU',
  parentId: 2,
  version: 0,
};
export const chain = [
  {
    id: 1,
    kind: 'RESOLUTION' as const,
    numberSymbol: '08-NQ/TU',
    issuingBody: 'Ban Chấp hành Đảng bộ tỉnh',
    issuedOn: '2018-05-18',
    version: 0,
  },
  {
    id: 2,
    kind: 'CONCLUSION' as const,
    numberSymbol: '57-KL/TU',
    issuingBody: 'Ban Thường vụ Tỉnh ủy',
    issuedOn: '2022-10-07',
    parentId: 1,
    version: 0,
  },
  directive,
];

export const pageOf = <T>(items: T[]) => ({
  items,
  page: 0,
  size: 100,
  totalItems: items.length,
  totalPages: 1,
});
