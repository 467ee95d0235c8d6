import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { humanize } from '../text';

const COLOURS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  SIGNED: 'processing',
  ACCEPTED: 'processing',
  CORRECTION_REQUESTED: 'warning',
  SENT_BACK: 'warning',
  APPROVED: 'success',
  PUBLISHED: 'success',
  ACTIVE: 'success',
  COMPLETED: 'success',
  CLOSED: 'default',
  REJECTED: 'error',
  REFUSED: 'error',
  WITHDRAWN: 'default',
  CANCELLED: 'default',
  RETRACTED: 'default',
  MISSED: 'error',
  DUE_SOON: 'warning',
  DUE: 'processing',
};

/** A state as a coloured tag, named in the area's texts (`state.<CODE>`), else spelled out from its code. */
export function StateTag({ state, namespace }: { state: string; namespace: string }) {
  const { t } = useTranslation(namespace);
  return <Tag color={COLOURS[state] ?? 'blue'}>{t(`state.${state}`, { defaultValue: humanize(state) })}</Tag>;
}
