import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WebhookDelivery, WebhookSubscription } from '../../../api/types';
import { fakeAuth, json, mockApi, renderWithApp } from '../../../test/utils';
import { expectCompleteTranslations } from '../../../test/i18n';
import vi from '../i18n/vi.json';
import en from '../i18n/en.json';
import { WebhookAdminPage } from './WebhookAdminPage';

const SUBSCRIPTION: WebhookSubscription = {
  id: 3,
  url: 'https://vanban.hatinh.gov.vn/dondoc/webhook',
  description: 'Hệ thống quản lý văn bản và điều hành tỉnh',
  eventTypes: ['TASK_ASSIGNED', 'REPORT_SUBMITTED'],
  secretHint: '…8e7d',
  active: true,
  createdBy: 'quantri',
  pendingDeliveries: 1,
  failedDeliveries: 1,
  version: 2,
};

const FAILED: WebhookDelivery = {
  id: 5012,
  eventId: '3f1c2a9e-8d4b-4c1e-9a57-2b6f0d1e7c44',
  eventType: 'REPORT_SUBMITTED',
  eventSequence: 1024,
  taskId: 42,
  status: 'FAILED',
  attempts: 27,
  lastStatusCode: 500,
  lastError: 'HTTP 500',
  lastAttemptAt: '2026-11-24T08:15:30Z',
};

const admin = fakeAuth({ username: 'quantri', roles: ['admin'] });

function backend(overrides: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/me': () => ({ username: 'quantri', roles: ['admin'] }),
    'GET /api/v1/webhook-subscriptions': () => [SUBSCRIPTION],
    'GET /api/v1/webhook-subscriptions/3/deliveries': () => ({
      items: [FAILED],
      page: 0,
      size: 20,
      totalItems: 1,
      totalPages: 1,
    }),
    'POST /api/v1/webhook-subscriptions/3/deliveries/5012/replay': () => ({
      ...FAILED,
      status: 'PENDING',
    }),
    ...overrides,
  });
}

function renderPage(api: ReturnType<typeof backend>) {
  return renderWithApp(<WebhookAdminPage />, {
    fetch: api.fetch,
    auth: admin,
    path: '/admin/webhooks',
  });
}

describe('WebhookAdminPage', { timeout: 40_000 }, () => {
  it('has every text in Vietnamese and English', () => {
    expectCompleteTranslations(vi, en, 'webhooks');
  });

  it('lists the subscriptions with their event types in Vietnamese and the failed count', async () => {
    renderPage(backend());
    const table = await screen.findByTestId('webhook-table');
    expect(
      await within(table).findByText('https://vanban.hatinh.gov.vn/dondoc/webhook'),
    ).toBeTruthy();
    expect(within(table).getByText('Giao nhiệm vụ')).toBeTruthy();
    expect(within(table).getByText('Gửi báo cáo')).toBeTruthy();
    expect(within(table).getByText('Đang hoạt động')).toBeTruthy();
    expect(screen.getByTestId('queue-3').textContent).toBe('1 / 1');
  });

  it('creates a subscription with the chosen event types and the secret', async () => {
    const bodies: unknown[] = [];
    const api = backend({
      'POST /api/v1/webhook-subscriptions': async (_url, request) => {
        bodies.push(await request.json());
        return json({ ...SUBSCRIPTION, id: 4 }, 201);
      },
    });
    renderPage(api);
    await screen.findByText('https://vanban.hatinh.gov.vn/dondoc/webhook');
    fireEvent.click(screen.getByTestId('webhook-add'));
    fireEvent.change(await screen.findByTestId('webhook-url'), {
      target: { value: 'https://vanban.hatinh.gov.vn/hook' },
    });
    fireEvent.click(screen.getByLabelText('Quá hạn'));
    fireEvent.click(screen.getByLabelText('Hoàn thành phần việc'));
    fireEvent.change(screen.getByTestId('webhook-secret'), {
      target: { value: 'whsec_3b9f0c1d2e4a5b6c7d8e' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      url: 'https://vanban.hatinh.gov.vn/hook',
      eventTypes: ['ASSIGNMENT_COMPLETED', 'ASSIGNMENT_OVERDUE'],
      active: true,
      secret: 'whsec_3b9f0c1d2e4a5b6c7d8e',
    });
  });

  it('shows the delivery log and sends a delivery again', async () => {
    const api = backend();
    renderPage(api);
    fireEvent.click(await screen.findByTestId('log-3'));
    expect((await screen.findByTestId('delivery-status-5012')).textContent).toBe('Đã bỏ cuộc');
    const log = screen.getByTestId('delivery-log');
    expect(within(log).getByText('HTTP 500')).toBeTruthy();
    fireEvent.click(screen.getByTestId('replay-5012'));
    await waitFor(() =>
      expect(api.urls('/api/v1/webhook-subscriptions/3/deliveries/5012/replay')).toHaveLength(1),
    );
    expect(await screen.findByText('Sự kiện sẽ được gửi lại trong giây lát')).toBeTruthy();
  });
});
