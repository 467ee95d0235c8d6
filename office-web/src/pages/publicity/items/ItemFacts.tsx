import { Card, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import type { ItemView } from '../api/types';
import { OriginTag, useLabels } from '../shared/labels';
import { usePartnerCityName } from '../shared/PartnerCitySelect';
import { SimpleList } from '../shared/SimpleList';

/**
 * What the item is and where it came from: kind, tags, images by reference (caption, credit), the partner
 * city, visit or delegation it is about, its origin. These are set when the item is opened.
 */
export function ItemFacts({ item }: { item: ItemView }) {
  const { t, language, kind } = useLabels();
  const partnerName = usePartnerCityName();
  const about = item.about ?? {};
  return (
    <Card title={t('facts.title')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'kind', label: t('field.kind'), children: kind(item.kind) },
          { key: 'origin', label: t('items.column.origin'), children: <OriginTag origin={item.origin} /> },
          {
            key: 'tags',
            label: t('field.tags'),
            children: item.tags?.length ? item.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—',
          },
          {
            key: 'drafted',
            label: t('items.column.drafted'),
            children: `${formatInstant(item.draftedAt)} · ${item.draftedBy === 'system' ? t('origin.system') : (item.draftedBy ?? '')}`,
          },
          {
            key: 'partnerCity',
            label: t('field.partnerCity'),
            children: about.partnerCityId ? <Link to={`/sister-cities/partners/${about.partnerCityId}`}>{partnerName(about.partnerCityId)}</Link> : '—',
          },
          {
            key: 'visit',
            label: t('field.visitId'),
            children: about.visitId ? <Link to={`/reception/visits/${about.visitId}`}>{about.visitId}</Link> : '—',
          },
          {
            key: 'delegation',
            label: t('field.delegationId'),
            children: about.delegationId ? <Link to={`/travel/delegations/${about.delegationId}`}>{about.delegationId}</Link> : '—',
          },
        ]}
      />
      <Typography.Text type="secondary">{t('facts.setAtOpening')}</Typography.Text>
      <SimpleList
        style={{ marginTop: 16 }}
        header={t('field.images')}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facts.noImages')} />}
        items={item.images ?? []}
        itemKey={(image) => image.ref}
        render={(image) => (
          <Space align="start" wrap>
            {image.ref.startsWith('https://') && (
              <img src={image.ref} alt={local(image.caption, language)} style={{ width: 96, height: 64, objectFit: 'cover' }} />
            )}
            <Space orientation="vertical" size={0}>
              <Typography.Text code>{image.ref}</Typography.Text>
              {image.caption && <span>{local(image.caption, language)}</span>}
              {image.credit && <Typography.Text type="secondary">{t('field.credit')}: {image.credit}</Typography.Text>}
            </Space>
          </Space>
        )}
      />
    </Card>
  );
}

/** The item's acts, newest first: drafted or suggested, edits, translations, reviews, retraction. */
export function ItemHistoryCard({ item }: { item: ItemView }) {
  const { t, languageName, event } = useLabels();
  const history = item.history ?? [];
  return (
    <Card title={t('history.title')}>
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={[...history].reverse().map((entry, index) => ({
            key: `${entry.at}-${index}`,
            title: formatInstant(entry.at),
            color: entry.act === 'SENT_BACK' || entry.act === 'RETRACTED' ? 'red' : entry.act === 'APPROVED' ? 'green' : 'blue',
            content: (
              <>
                <Typography.Text strong>{t(`act.${entry.act}`)}</Typography.Text>
                {entry.language && ` · ${languageName(entry.language)}`}
                {entry.revision !== undefined && ` · ${t('review.revision', { revision: entry.revision })}`}{' '}
                <Typography.Text type="secondary">{entry.by === 'system' ? t('origin.system') : entry.by}</Typography.Text>
                {entry.note && (
                  <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                    {entry.act === 'SUGGESTED' ? t('origin.event', { event: event(entry.note) }) : entry.note}
                  </Typography.Paragraph>
                )}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
