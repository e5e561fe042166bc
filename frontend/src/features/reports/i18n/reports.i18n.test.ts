import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import vi from './vi.json';
import en from './en.json';
import { expectCompleteTranslations } from '../../../test/i18n';

describe('the reports namespace', () => {
  it('has the same keys in Vietnamese and English, none empty', () => {
    expectCompleteTranslations(vi, en, 'reports');
  });

  it('uses the administrative terms', () => {
    const t = i18n.getFixedT('vi', 'reports');
    expect(t('kind.PROGRESS')).toBe('Báo cáo tiến độ');
    expect(t('kind.PERIODIC')).toBe('Báo cáo định kỳ');
    expect(t('status.DRAFT')).toBe('Dự thảo');
    expect(t('status.SUBMITTED')).toBe('Đã gửi');
    expect(t('status.ACCEPTED')).toBe('Đã tiếp nhận');
    expect(t('status.RETURNED')).toBe('Bị trả lại');
    expect(t('submit.button')).toBe('Ký gửi');
    expect(t('review.accept')).toBe('Tiếp nhận');
    expect(t('review.return')).toBe('Trả lại');
    expect(t('form.difficulties')).toBe('Khó khăn, vướng mắc');
    expect(t('form.proposals')).toBe('Đề xuất, kiến nghị');
    expect(t('form.claimsCompletion')).toBe('Đề nghị xác nhận hoàn thành');
    expect(t('common.dueDate')).toBe('Hạn nộp');
    expect(t('submission.SUBMITTED_ON_TIME')).toBe('Đúng hạn');
    expect(t('submission.SUBMITTED_LATE')).toBe('Muộn');
    expect(t('submission.NOT_SUBMITTED')).toBe('Chưa nộp');
  });
});
