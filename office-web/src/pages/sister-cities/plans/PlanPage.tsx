import { Button, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { hasAny, useMe } from '../../../me';
import { local } from '../../../text';
import { formatInstant, officeToday } from '../../../time';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { countryName } from '../shared/countries';
import { PageTitle, Section, dateRange } from '../shared/layout';
import { DIRECTOR, OFFICER } from '../shared/model';
import { useLanguage } from '../shared/options';
import { PlanFormModal } from './PlanFormModal';
import { PlanProgressView } from './PlanProgressView';
import { TargetFormModal } from './TargetFormModal';
import { PLANS, usePlan, usePlanProgress, type Plan, type TargetProgress } from './api';

type Open = { act: 'EDIT' | 'ADOPT' | 'CLOSE' | 'ADD_TARGET' } | { act: 'EDIT_TARGET' | 'REMOVE_TARGET'; target: TargetProgress };

/**
 * What the caller may do to the plan. The plan's answer lists no acts, so they follow its status and the
 * roles the service checks (ProgrammePlan): the officer shapes a draft and closes an adopted plan after its
 * last day, the director adopts.
 */
function planActs(plan: Plan, officer: boolean, director: boolean) {
  const draft = plan.status === 'DRAFT';
  return {
    edit: draft && officer,
    adopt: draft && director && plan.progress.targetCount > 0,
    close: plan.status === 'ADOPTED' && officer && officeToday() > plan.endDate,
  };
}

/** `/sister-cities/plans/:id`: the plan, its acts, and its progress against every target. */
export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { data: me } = useMe();
  const act = useAct();
  const plan = usePlan(id);
  const progress = usePlanProgress(id);
  const [open, setOpen] = useState<Open>();
  if (!plan.data) return <Loading error={plan.error} retry={() => void plan.refetch()} />;
  const current = plan.data;
  const may = planActs(current, hasAny(me, OFFICER), hasAny(me, DIRECTOR));
  const path = `${PLANS}/${encodeURIComponent(current.id)}`;
  const close = () => setOpen(undefined);

  return (
    <>
      <PageTitle
        title={local(current.title, language)}
        tags={<StateTag state={current.status} namespace={NS} />}
        extra={
          <>
            {may.edit && <Button onClick={() => setOpen({ act: 'EDIT' })}>{t('act.EDIT_PLAN')}</Button>}
            {may.edit && <Button onClick={() => setOpen({ act: 'ADD_TARGET' })}>{t('act.SET_TARGET')}</Button>}
            {may.adopt && (
              <Button type="primary" onClick={() => setOpen({ act: 'ADOPT' })}>
                {t('act.ADOPT')}
              </Button>
            )}
            {may.close && (
              <Button type="primary" onClick={() => setOpen({ act: 'CLOSE' })}>
                {t('act.CLOSE')}
              </Button>
            )}
          </>
        }
      />
      <Section title={t('plan.facts')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'period', label: t('plan.period'), children: dateRange(current.startDate, current.endDate) },
            { key: 'countries', label: t('plan.countries'), children: current.countries.map((code) => countryName(code, language)).join('、') },
            { key: 'drafted', label: t('plan.drafted'), children: `${current.createdBy ?? ''} ${formatInstant(current.createdAt)}` },
            ...(current.adoptedAt ? [{ key: 'adopted', label: t('plan.adopted'), children: `${current.adoptedBy ?? ''} ${formatInstant(current.adoptedAt)}` }] : []),
            ...(current.closedAt ? [{ key: 'closed', label: t('plan.closed'), children: `${current.closedBy ?? ''} ${formatInstant(current.closedAt)}` }] : []),
          ]}
        />
      </Section>
      <Section title={t('plan.progress')}>
        {progress.data ? (
          <PlanProgressView
            progress={progress.data}
            targetActions={
              may.edit
                ? (target) => (
                    <Space size="small">
                      <Button size="small" aria-label={`${t('edit', { ns: 'common' })}: ${target.targetId}`} onClick={() => setOpen({ act: 'EDIT_TARGET', target })}>
                        {t('edit', { ns: 'common' })}
                      </Button>
                      <Button size="small" danger aria-label={`${t('act.REMOVE_TARGET')}: ${target.targetId}`} onClick={() => setOpen({ act: 'REMOVE_TARGET', target })}>
                        {t('act.REMOVE_TARGET')}
                      </Button>
                    </Space>
                  )
                : undefined
            }
          />
        ) : (
          <Loading error={progress.error} retry={() => void progress.refetch()} />
        )}
      </Section>
      <PlanFormModal plan={current} open={open?.act === 'EDIT'} onClose={close} />
      <TargetFormModal
        plan={current}
        target={open?.act === 'EDIT_TARGET' ? open.target : undefined}
        open={open?.act === 'ADD_TARGET' || open?.act === 'EDIT_TARGET'}
        onClose={close}
      />
      <ActionModal<object>
        open={open?.act === 'ADOPT' || open?.act === 'CLOSE' || open?.act === 'REMOVE_TARGET'}
        title={open && (open.act === 'REMOVE_TARGET' ? `${t('act.REMOVE_TARGET')}: ${open.target.targetId}` : t(`act.${open.act}`))}
        danger={open?.act === 'REMOVE_TARGET'}
        onClose={close}
        onSubmit={() => {
          if (open?.act === 'REMOVE_TARGET') {
            return act.mutateAsync({ path: `${path}/targets/${encodeURIComponent(open.target.targetId)}`, method: 'DELETE', version: current.version });
          }
          return act.mutateAsync({ path: `${path}/${open?.act === 'ADOPT' ? 'adopt' : 'close'}`, version: current.version });
        }}
      >
        <Typography.Paragraph>
          {open?.act === 'ADOPT' ? t('plan.adoptConfirm') : open?.act === 'CLOSE' ? t('plan.closeConfirm') : t('plan.removeConfirm')}
        </Typography.Paragraph>
      </ActionModal>
    </>
  );
}
