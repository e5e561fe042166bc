import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { NOTIFICATION_KINDS } from '../../../api/types';
import { expectCompleteTranslations } from '../../../test/i18n';
import vi from './vi.json';
import en from './en.json';

describe('the notifications namespace', () => {
  it('has the same keys in Vietnamese and English, none empty', () => {
    expectCompleteTranslations(vi, en, 'notifications');
  });

  it('names every kind of notification', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(Object.keys(vi.kind)).toContain(kind);
      expect(Object.keys(en.kind)).toContain(kind);
    }
  });

  it('uses the administrative terms', () => {
    const t = i18n.getFixedT('vi', 'notifications');
    expect(t('bell.markAllRead')).toBe('Đánh dấu tất cả đã đọc');
    expect(t('bell.viewAll')).toBe('Xem tất cả');
    expect(t('kind.OVERDUE_ESCALATION')).toBe('Cảnh báo quá hạn');
    expect(t('kind.EXTENSION_REQUESTED')).toBe('Đề nghị gia hạn');
    expect(t('urging.button')).toBe('Tạo công văn đôn đốc');
    expect(t('urging.noOverdue')).toBe('Đơn vị không có nhiệm vụ quá hạn');
  });
});
