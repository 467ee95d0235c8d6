import { Descriptions, Empty, Typography } from 'antd';
import { local } from '../../../text';
import type { ProfileTextView } from '../api/types';
import { useLabels } from '../shared/labels';
import { SimpleList } from '../shared/SimpleList';

const SECTIONS = ['basics', 'economyAndTrade', 'cultureAndEtiquette', 'entryRequirements'] as const;

/** One revision of a profile as readers see it, in the UI language. */
export function ProfileText({ text }: { text: ProfileTextView | undefined }) {
  const { t, language } = useLabels();
  if (!text) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('countries.notPublished')} />;
  const paragraph = (value: string) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{value}</Typography.Paragraph>;
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        layout="vertical"
        items={[
          { key: 'name', label: t('countries.name'), children: local(text.name, language) },
          ...SECTIONS.map((section) => ({
            key: section,
            label: t(`countries.section.${section}`),
            children: text[section] ? paragraph(local(text[section], language)) : '—',
          })),
          { key: 'lastReviewedOn', label: t('countries.lastReviewedOn'), children: text.lastReviewedOn ?? '—' },
        ]}
      />
      <SimpleList
        header={t('countries.section.consularContacts')}
        items={text.consularContacts ?? []}
        empty="—"
        itemKey={(_, index) => index}
        render={(contact) => (
          <>
            <Typography.Text strong>{local(contact.name, language)}</Typography.Text>
            {contact.address && <div>{local(contact.address, language)}</div>}
            {contact.phone && <div>{t('countries.contact.phone')}: {contact.phone}</div>}
            {contact.emergencyHotline && <div>{t('countries.contact.emergencyHotline')}: {contact.emergencyHotline}</div>}
            {contact.website && (
              <a href={contact.website} target="_blank" rel="noopener noreferrer">
                {contact.website}
              </a>
            )}
          </>
        )}
      />
      <SimpleList
        style={{ marginTop: 16 }}
        header={t('countries.section.sources')}
        items={text.sources ?? []}
        empty="—"
        itemKey={(source) => source.address}
        render={(source) => (
          <a href={source.address} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        )}
      />
    </>
  );
}
