import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import vi from './vi.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the deadlines namespace', () => {
  it('has the same keys in Vietnamese and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    const t = i18n.getFixedT('vi', 'deadlines');
    for (const key of keys(vi)) expect(t(key as never), key).not.toBe('');
  });

  it('uses the administrative terms', () => {
    const t = i18n.getFixedT('vi', 'deadlines');
    expect(t('nav.calendar')).toBe('Lịch thời hạn');
    expect(t('nav.extensions')).toBe('Đề nghị gia hạn');
    expect(t('extension.request')).toBe('Đề nghị gia hạn');
    expect(t('history.title')).toBe('Lịch sử thời hạn');
    expect(t('history.kind.EXTENSION')).toBe('Gia hạn');
    expect(t('history.kind.REPLAN')).toBe('Điều chỉnh thời hạn');
    expect(t('queue.approve')).toBe('Chấp thuận');
    expect(t('queue.reject')).toBe('Không chấp thuận');
    expect(t('task.originalDueDate', { date: '31/03/2026' })).toBe('Hạn ban đầu: 31/03/2026');
  });
});
