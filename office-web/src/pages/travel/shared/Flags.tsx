import { Badge, Space, Tag } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../time';
import { mostUrgentDeadline, type DeadlineView } from '../model';

/** Solid tags in dark tones: antd's light presets give small text too little contrast (WCAG AA). */
export const FLAG_COLOURS = { green: '#237804', red: '#a8071a', gold: '#874d00' } as const;

/** A green-channel file: decided within a target, first in every queue. */
export function GreenChannelTag() {
  const { t } = useTranslation('travel');
  return (
    <Tag color={FLAG_COLOURS.green} icon={<ThunderboltOutlined aria-hidden />}>
      {t('greenChannel')}
    </Tag>
  );
}

const DEADLINE_BADGE = { MISSED: 'error', DUE_SOON: 'warning', DUE: 'processing' } as const;

/** The file's most urgent open deadline (missed, due soon, due), with its kind and day. */
export function DeadlineBadge({ deadlines }: { deadlines: DeadlineView[] | undefined }) {
  const { t } = useTranslation('travel');
  const deadline = mostUrgentDeadline(deadlines);
  if (!deadline) return null;
  const status = DEADLINE_BADGE[deadline.state as keyof typeof DEADLINE_BADGE];
  return (
    <Badge
      status={status}
      text={`${t(`state.${deadline.state}`)}: ${t('list.deadline', { kind: t(`deadlineKind.${deadline.kind}`), date: formatDate(deadline.dueOn) })}`}
    />
  );
}

/** The flags a file carries in lists: green channel, urgency and its most urgent deadline. */
export function DelegationFlags({ greenChannel, urgent, deadlines }: { greenChannel: boolean; urgent?: boolean; deadlines?: DeadlineView[] }) {
  const { t } = useTranslation('travel');
  return (
    <Space wrap size={4}>
      {greenChannel && <GreenChannelTag />}
      {urgent && <Tag color={FLAG_COLOURS.red}>{t('urgent')}</Tag>}
      <DeadlineBadge deadlines={deadlines} />
    </Space>
  );
}

export function CountryTags({ codes }: { codes: string[] | undefined }) {
  return (
    <Space wrap size={4}>
      {(codes ?? []).map((code) => (
        <Tag key={code}>{code}</Tag>
      ))}
    </Space>
  );
}
