import { Tag, Tooltip } from 'antd';
import { ThunderboltOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { humanize, type Language } from '../../../text';
import type { Channel, ItemKind, ItemOrigin, ReviewStep } from '../api/types';

/** The events of other services that suggest drafts (publicity-service `item/inbound`), by their text key. */
const EVENT_KEYS: Record<string, string> = {
  'waishi.travel.delegation.approved.v1': 'delegationApproved',
  'waishi.travel.trip-report.submitted.v1': 'tripReportSubmitted',
  'waishi.reception.visit.completed.v1': 'visitCompleted',
  'waishi.sister-city.relationship.stage-changed.v1': 'relationshipActivated',
  'waishi.sister-city.relationship.anniversary-upcoming.v1': 'anniversaryUpcoming',
};

/** The names this area gives codes (kinds, steps, languages, channels, origins) in the UI language. */
export function useLabels() {
  const { t, i18n } = useTranslation('publicity');
  const language = (i18n.language === 'en' ? 'en' : 'zh') as Language;
  return {
    t,
    language,
    languageName: (code: string) => t(`language.${code}`, { defaultValue: code.toUpperCase() }),
    kind: (kind: ItemKind) => t(`kind.${kind}`, { defaultValue: humanize(kind) }),
    step: (step: ReviewStep) => t(`step.${step}`, { defaultValue: humanize(step) }),
    channel: (channel: Channel) => t(`channel.${channel}`, { defaultValue: humanize(channel) }),
    event: (eventType: string | undefined) =>
      eventType && EVENT_KEYS[eventType] ? t(`origin.events.${EVENT_KEYS[eventType]}`) : (eventType ?? ''),
  };
}

/** Where an item came from: an editor, or another service's event (a delegation approved, a visit completed …). */
export function OriginTag({ origin }: { origin: ItemOrigin }) {
  const { t, event } = useLabels();
  if (origin.kind !== 'EVENT') {
    return (
      <Tag icon={<EditOutlined aria-hidden />} variant="outlined">
        {t('origin.manual')}
      </Tag>
    );
  }
  return (
    <Tooltip title={origin.eventType}>
      <Tag color="purple" icon={<ThunderboltOutlined aria-hidden />}>
        {t('origin.event', { event: event(origin.eventType) })}
      </Tag>
    </Tooltip>
  );
}
