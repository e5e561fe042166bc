import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  decisionErrors,
  extensionErrors,
  isAfterDueDate,
  notAfterDueDate,
  toDecision,
  toExtensionRequest,
} from './extensionForm';

const day = (iso: string) => dayjs(iso, 'YYYY-MM-DD', true);

describe('the extension request form', () => {
  it('needs a date after the current due date and a reason', () => {
    expect(extensionErrors({}, '2026-06-30')).toEqual({
      requestedDueDate: 'extension.requiredDate',
      reason: 'extension.requiredReason',
    });
    expect(
      extensionErrors({ requestedDueDate: day('2026-06-30'), reason: '   ' }, '2026-06-30'),
    ).toEqual({ requestedDueDate: 'extension.dateAfterDue', reason: 'extension.requiredReason' });
    expect(
      extensionErrors({ requestedDueDate: day('2026-05-01'), reason: 'Lý do' }, '2026-06-30'),
    ).toEqual({ requestedDueDate: 'extension.dateAfterDue' });
    expect(
      extensionErrors({ requestedDueDate: day('2026-07-01'), reason: 'Lý do' }, '2026-06-30'),
    ).toEqual({});
  });

  it('greys out the due date and the days before it in the picker', () => {
    const disabled = notAfterDueDate('2026-06-30');
    expect(disabled(day('2026-06-29'))).toBe(true);
    expect(disabled(day('2026-06-30'))).toBe(true);
    expect(disabled(day('2026-07-01'))).toBe(false);
    expect(notAfterDueDate(undefined)(day('2020-01-01'))).toBe(false);
    expect(isAfterDueDate(null, '2026-06-30')).toBe(false);
  });

  it('sends the date as yyyy-MM-dd and the reason trimmed', () => {
    expect(
      toExtensionRequest({
        requestedDueDate: day('2026-09-30'),
        reason: '  Chờ hướng dẫn của Bộ  ',
      }),
    ).toEqual({ requestedDueDate: '2026-09-30', reason: 'Chờ hướng dẫn của Bộ' });
  });
});

describe('the decision form', () => {
  it('requires a note to reject, not to approve', () => {
    expect(decisionErrors({ decision: 'REJECT' }, '2026-06-30')).toEqual({
      note: 'decision.noteRequired',
    });
    expect(decisionErrors({ decision: 'REJECT', note: ' \n ' }, '2026-06-30')).toEqual({
      note: 'decision.noteRequired',
    });
    expect(decisionErrors({ decision: 'REJECT', note: 'Không có căn cứ' }, '2026-06-30')).toEqual(
      {},
    );
    expect(decisionErrors({ decision: 'APPROVE' }, '2026-06-30')).toEqual({});
  });

  it('approves only a date after the current due date', () => {
    expect(
      decisionErrors({ decision: 'APPROVE', approvedDueDate: day('2026-06-30') }, '2026-06-30'),
    ).toEqual({ approvedDueDate: 'decision.dateAfterDue' });
    // a rejection ignores the date field
    expect(
      decisionErrors(
        { decision: 'REJECT', approvedDueDate: day('2026-01-01'), note: 'Lý do' },
        '2026-06-30',
      ),
    ).toEqual({});
  });

  it('sends the version read, the approved date only when approving', () => {
    expect(
      toDecision({ decision: 'APPROVE', approvedDueDate: day('2026-08-31'), note: ' ' }, 3),
    ).toEqual({ decision: 'APPROVE', approvedDueDate: '2026-08-31', version: 3 });
    expect(
      toDecision(
        { decision: 'REJECT', approvedDueDate: day('2026-08-31'), note: ' Chưa đủ căn cứ ' },
        4,
      ),
    ).toEqual({ decision: 'REJECT', note: 'Chưa đủ căn cứ', version: 4 });
  });
});
