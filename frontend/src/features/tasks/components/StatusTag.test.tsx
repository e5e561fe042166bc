import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18n from '../../../i18n';
import { TASK_STATUSES, type TaskStatus } from '../../../api/types';
import { STATUS_COLORS } from '../status';
import { StatusTag } from './StatusTag';

const labels = (lng: 'vi' | 'en') => {
  void i18n.changeLanguage(lng);
  return Object.fromEntries(
    TASK_STATUSES.map((status) => {
      const { container, unmount } = render(
        <I18nextProvider i18n={i18n}>
          <StatusTag status={status} />
        </I18nextProvider>,
      );
      const text = container.textContent;
      unmount();
      return [status, text];
    }),
  ) as Record<TaskStatus, string>;
};

describe('StatusTag', () => {
  afterEach(() => {
    void i18n.changeLanguage('vi');
  });

  it('labels the statuses in Vietnamese', () => {
    expect(labels('vi')).toEqual({
      NOT_STARTED: 'Chưa thực hiện',
      IN_PROGRESS: 'Đang thực hiện',
      COMPLETED: 'Hoàn thành',
      CANCELLED: 'Đã hủy',
      CLOSED_WITH_TASK: 'Đóng theo nhiệm vụ',
    });
  });

  it('labels the statuses in English', () => {
    expect(labels('en')).toEqual({
      NOT_STARTED: 'Not started',
      IN_PROGRESS: 'In progress',
      COMPLETED: 'Completed',
      CANCELLED: 'Cancelled',
      CLOSED_WITH_TASK: 'Closed with the task',
    });
  });

  it('gives each status its own colour and marks the tag', () => {
    expect(new Set(Object.values(STATUS_COLORS)).size).toBe(TASK_STATUSES.length);
    render(<StatusTag status="COMPLETED" />);
    const tag = screen.getByText('Hoàn thành');
    expect(tag.closest('[data-status]')?.getAttribute('data-status')).toBe('COMPLETED');
  });
});
