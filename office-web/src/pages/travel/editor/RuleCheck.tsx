import { Alert, Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../rules';

export type CheckState = 'waiting' | 'checking' | 'checked' | 'failed';

/**
 * The summary of the precheck beside the form: each rule problem with its code and words (naming the
 * parameter and its source), announced politely to screen readers as it changes.
 */
export function RuleCheck({ state, problems }: { state: CheckState; problems: FieldProblem[] }) {
  const { t } = useTranslation('travel');
  return (
    <Card title={t('check.title')} size="small" extra={state === 'checking' ? <Spin size="small" /> : null}>
      <div aria-live="polite" data-testid="rule-check">
        {state === 'waiting' && <Typography.Paragraph type="secondary">{t('check.waiting')}</Typography.Paragraph>}
        {state !== 'waiting' && problems.length === 0 && state === 'checked' && <Alert type="success" showIcon title={t('check.ok')} />}
        {state === 'checking' && problems.length === 0 && <Typography.Paragraph type="secondary">{t('check.checking')}</Typography.Paragraph>}
        {problems.length > 0 && (
          <Alert
            type={state === 'failed' ? 'error' : 'warning'}
            showIcon
            title={state === 'failed' ? t('check.failed') : t('check.found', { count: problems.length })}
            description={
              <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                {problems.map((problem, index) => (
                  <li key={`${problem.code ?? problem.field}-${index}`}>{problem.text}</li>
                ))}
              </ul>
            }
          />
        )}
      </div>
    </Card>
  );
}
