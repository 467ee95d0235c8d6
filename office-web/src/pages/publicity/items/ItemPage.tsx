import { Alert, Button, Col, Empty, Form, Row, Select, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { useMe } from '../../../me';
import { local } from '../../../text';
import { useItem, useLanguages, usePublications } from '../api/publicity';
import type { ItemView } from '../api/types';
import { OriginTag, useLabels } from '../shared/labels';
import { mayAct } from '../shared/review';
import { ItemFacts, ItemHistoryCard } from './ItemFacts';
import { PublicPreview } from './PublicPreview';
import { PublishingCard } from './PublishingCard';
import { RetractButton } from './RetractButton';
import { VersionPanel } from './VersionPanel';

/** One item: its language versions side by side, their reviews, where it is published, its public page, its history. */
export function ItemPage() {
  const { id } = useParams();
  const item = useItem(id);
  if (!item.data) return <Loading error={item.error} retry={() => void item.refetch()} />;
  return <ItemDetails item={item.data} />;
}

function ItemDetails({ item }: { item: ItemView }) {
  const { t, language, kind } = useLabels();
  const { data: me } = useMe();
  const navigate = useNavigate();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/publicity/items')} style={{ paddingInline: 0 }}>
          {t('items.backToList')}
        </Button>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {local(item.title, language)}
        </Typography.Title>
        <Space wrap>
          <StateTag state={item.status} namespace="publicity" />
          <OriginTag origin={item.origin} />
          <span>{kind(item.kind)}</span>
          {item.status === 'DRAFT' && mayAct(me, 'PUBLICITY_LEADER') && <RetractButton item={item} />}
        </Space>
      </div>
      {item.status === 'RETRACTED' && <Alert type="warning" showIcon title={t('retract.retracted')} description={item.retractionReason} />}
      <SideBySide item={item} />
      <PublishingCard item={item} />
      <PublicPreview item={item} />
      <ItemFacts item={item} />
      <ItemHistoryCard item={item} />
    </Space>
  );
}

/**
 * The Chinese source on the left, a translation chosen on the right (or one to add, for an editor); stacked
 * one above the other below a wide screen, so a tablet shows each at full width.
 */
export function SideBySide({ item }: { item: ItemView }) {
  const { t, languageName } = useLabels();
  const { data: me } = useMe();
  const offered = useLanguages();
  const publications = usePublications(item.id);
  const source = item.versions.find((version) => version.source) ?? item.versions.find((version) => version.language === 'zh');
  const translations = item.versions.filter((version) => version !== source);
  const addable = item.status === 'DRAFT' && mayAct(me, 'PUBLICITY_EDITOR') ? offered.filter((code) => code !== 'zh' && !item.versions.some((version) => version.language === code)) : [];
  const [chosen, setChosen] = useState<string>();
  const translation = chosen ?? translations.find((version) => version.language === 'en')?.language ?? translations[0]?.language ?? addable[0];
  const published = (language: string) => (publications.data?.publications ?? []).some((p) => p.language === language && p.status === 'PUBLISHED');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        {source ? <VersionPanel item={item} language={source.language} version={source} published={published(source.language)} /> : <Empty />}
      </Col>
      <Col xs={24} xl={12}>
        <Form layout="inline" style={{ marginBottom: 12 }}>
          <Form.Item label={t('editor.chooseTranslation')} htmlFor="translation-language">
            <Select
              id="translation-language"
              style={{ minWidth: 220 }}
              value={translation}
              onChange={setChosen}
              options={[
                ...translations.map((version) => ({ value: version.language, label: languageName(version.language) })),
                ...addable.map((code) => ({ value: code, label: t('editor.addTranslationOption', { language: languageName(code) }) })),
              ]}
            />
          </Form.Item>
        </Form>
        {translation ? (
          <VersionPanel
            key={translation}
            item={item}
            language={translation}
            version={translations.find((version) => version.language === translation)}
            published={published(translation)}
          />
        ) : (
          <Empty description={t('editor.noTranslation')} />
        )}
      </Col>
    </Row>
  );
}
