import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import vi from './vi.json';
import en from './en.json';
import { expectCompleteTranslations } from '../../../test/i18n';

describe('the holidays namespace', () => {
  it('has the same keys in Vietnamese and English, none empty', () => {
    expectCompleteTranslations(vi, en, 'holidays');
  });

  it('uses the administrative terms, with their diacritics', () => {
    const t = i18n.getFixedT('vi', 'holidays');
    expect(t('title')).toBe('Quản lý lịch nghỉ lễ');
    expect(t('kind.PUBLIC_HOLIDAY')).toBe('Nghỉ lễ, tết');
    expect(t('kind.COMPENSATORY')).toBe('Nghỉ bù');
    expect(t('kind.SWAPPED_DAY_OFF')).toBe('Nghỉ hoán đổi');
    expect(t('kind.SWAPPED_WORKING_DAY')).toBe('Làm bù');
    expect(t('kind.WEEKEND')).toBe('Nghỉ hằng tuần');
    expect(t('weekday.0')).toBe('Chủ nhật');
    expect(t('weekday.4')).toBe('Thứ Năm');
    expect(t('weekdayShort.1')).toBe('T2');
  });
});
