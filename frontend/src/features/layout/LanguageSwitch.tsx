import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, rememberLanguage, type Language } from '../../i18n';

/** Vietnamese first, English second. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={current}
      options={LANGUAGES.map((lng) => ({
        value: lng,
        label: <span lang={lng}>{lng.toUpperCase()}</span>,
        title: t(`language.${lng}`),
      }))}
      onChange={(lng) => {
        rememberLanguage(lng);
        void i18n.changeLanguage(lng);
      }}
      data-testid="language-switch"
    />
  );
}
