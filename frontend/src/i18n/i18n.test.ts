import { describe, expect, it } from 'vitest';
import vi from './vi.json';
import en from './en.json';
import i18n, { DEFAULT_LANGUAGE } from '.';
import { expectCompleteTranslations } from '../test/i18n';

describe('translations', () => {
  it('has Vietnamese first, as the default language', () => {
    expect(DEFAULT_LANGUAGE).toBe('vi');
    expect(i18n.options.fallbackLng).toEqual(['vi']);
  });

  it('has the same keys in Vietnamese and English, none empty', () => {
    expectCompleteTranslations(vi, en, 'translation');
  });

  it('uses the administrative terms, with their diacritics', () => {
    const t = i18n.getFixedT('vi');
    expect(t('app.title')).toBe('Dondoc — Theo dõi, đôn đốc nhiệm vụ');
    expect(t('tasks.columns.leadUnits')).toBe('Đơn vị chủ trì');
    expect(t('tasks.columns.coordinatingUnits')).toBe('Đơn vị phối hợp');
    expect(t('tasks.columns.dueDate')).toBe('Hạn hoàn thành');
    expect(t('kind.ONGOING')).toBe('Thường xuyên');
    expect(t('header.logout')).toBe('Đăng xuất');
    expect(t('roles.coordinator')).toBe('Cơ quan theo dõi');
    expect(t('roles.leader')).toBe('Lãnh đạo UBND tỉnh');
    expect(t('tasks.unitCount', { count: 5 })).toBe('5 đơn vị');
  });
});
