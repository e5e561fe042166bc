import { describe, expect, it } from 'vitest';
import vi from './vi.json';
import en from './en.json';
import i18n, { DEFAULT_LANGUAGE } from '.';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('has Vietnamese first, as the default language', () => {
    expect(DEFAULT_LANGUAGE).toBe('vi');
    expect(i18n.options.fallbackLng).toEqual(['vi']);
  });

  it('has the same keys in Vietnamese and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    for (const key of keys(vi)) expect(i18n.getFixedT('vi')(key as never), key).not.toBe('');
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
