import type { Notification } from '../../api/types';

export const dueReminder: Notification = {
  id: 15,
  kind: 'DUE_REMINDER',
  title: 'Nhắc việc: nhiệm vụ II.4.c.2 còn 3 ngày đến hạn (31/12/2026)',
  body: 'Sở Công Thương: nhiệm vụ "Xây dựng cơ sở dữ liệu về công nghiệp" đến hạn ngày 31/12/2026.',
  link: 'https://dondoc.hatinh.gov.vn/tasks/12',
  taskId: 12,
  createdAt: '2026-12-28T01:00:00Z',
  read: false,
};

export const extensionDecided: Notification = {
  id: 14,
  kind: 'EXTENSION_DECIDED',
  title: 'Đề nghị gia hạn nhiệm vụ II.1.b đã được chấp thuận',
  body: 'Hạn mới: 30/09/2026.',
  link: 'https://dondoc.hatinh.gov.vn/tasks/40',
  taskId: 40,
  createdAt: '2026-12-20T03:15:00Z',
  readAt: '2026-12-20T04:00:00Z',
  read: true,
};

export const weeklyList: Notification = {
  id: 13,
  kind: 'OVERDUE_WEEKLY_LIST',
  title: 'Danh sách nhiệm vụ quá hạn toàn tỉnh tuần này: 4 nhiệm vụ',
  link: 'https://dondoc.hatinh.gov.vn/deadlines?view=list',
  createdAt: '2026-12-14T00:30:00Z',
  read: false,
};

export const notificationPage = (items: Notification[], page = 0, size = 20, total?: number) => ({
  items,
  page,
  size,
  totalItems: total ?? items.length,
  totalPages: Math.max(1, Math.ceil((total ?? items.length) / size)),
});
