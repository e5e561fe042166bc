import type { CustomTypeOptions } from 'i18next';
import { expect } from 'vitest';
import i18n from '../i18n';

/** Every key of a translation file, dotted ("tasks.columns.code"). */
export function translationKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) =>
    translationKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** The Vietnamese and English files of a namespace have the same keys, none empty. */
export function expectCompleteTranslations(
  vi: object,
  en: object,
  namespace: keyof CustomTypeOptions['resources'],
) {
  expect(translationKeys(en).sort()).toEqual(translationKeys(vi).sort());
  const t = i18n.getFixedT('vi', namespace);
  for (const key of translationKeys(vi)) expect(t(key as never), key).not.toBe('');
}
