import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Problem } from '../api/http';
import { local, type Language } from '../text';

/**
 * An error as the user should read it: the rules broken (each naming its rule and parameter, in the
 * interface language), the fields to change, or what the problem type means.
 */
export function ProblemAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const language = i18n.language as Language;
  if (!(error instanceof Problem)) {
    return <Alert type="error" showIcon title={t('problem.title')} description={String(error)} closable={onClose ? { onClose } : false} />;
  }
  const known = t(`problem.${error.kind}`, { defaultValue: '' });
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.title || t('problem.title')}
      closable={onClose ? { onClose } : false}
      description={
        <div>
          {known && <p>{known}</p>}
          {error.detail && <p>{error.detail}</p>}
          {error.violations.length > 0 && (
            <>
              <p>{t('problem.rules')}</p>
              <ul data-testid="violations">
                {error.violations.map((violation, index) => (
                  <li key={`${violation.code}-${index}`}>
                    <strong>{violation.code}</strong>: {local(violation.message, language)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {error.errors.length > 0 && (
            <>
              <p>{t('problem.fields')}</p>
              <ul>
                {error.errors.map((fieldError) => (
                  <li key={fieldError.field}>
                    <code>{fieldError.field}</code>: {fieldError.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      }
    />
  );
}
