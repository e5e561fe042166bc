import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { expectCompleteTranslations } from '../../../test/i18n';
import vi from './vi.json';
import en from './en.json';

describe('the remarks namespace', () => {
  it('has the same keys in Vietnamese and English, none empty', () => {
    expectCompleteTranslations(vi, en, 'remarks');
  });

  it('uses the administrative terms', () => {
    const t = i18n.getFixedT('vi', 'remarks');
    expect(t('panel.title')).toBe('Ý kiến giám sát');
    expect(t('answer.open')).toBe('Trả lời');
  });
});
