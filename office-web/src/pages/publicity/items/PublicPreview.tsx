import { Alert, Card, Empty, Form, Select, Space, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Loading } from '../../../components/Loading';
import { query } from '../../../api/http';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import { usePublicItem, usePublications } from '../api/publicity';
import type { ImageRef, ItemView } from '../api/types';
import { useLabels } from '../shared/labels';
import { RichText } from '../shared/RichText';

interface Page {
  title: string;
  summary?: string;
  body?: string;
  images?: ImageRef[];
}

/**
 * How the item looks on the public site in a language: once published there, exactly what the public read API
 * gives (the revision that went out); before, the current text of that version as it would appear.
 */
export function PublicPreview({ item }: { item: ItemView }) {
  const { t, languageName } = useLabels();
  const [language, setLanguage] = useState(item.versions[0]?.language ?? 'zh');
  const publications = usePublications(item.id);
  const published = (publications.data?.publications ?? []).some((p) => p.language === language && p.status === 'PUBLISHED') && item.status === 'DRAFT';
  const publicItem = usePublicItem(item.id, language, published);
  const version = item.versions.find((candidate) => candidate.language === language);
  const publicAddress = `/public/items/${item.id}${query({ language })}`;

  let content;
  if (published) {
    content = publicItem.error ? (
      <Loading error={publicItem.error} retry={() => void publicItem.refetch()} />
    ) : publicItem.data ? (
      <>
        <Alert
          type="success"
          showIcon
          title={t('preview.asPublished', { revision: publicItem.data.revision, at: formatInstant(publicItem.data.publishedAt) })}
          action={
            <a href={publicAddress} target="_blank" rel="noopener noreferrer">
              <Space size={4}>
                {t('preview.openPublic')}
                <ExportOutlined aria-hidden />
              </Space>
            </a>
          }
        />
        <PublicPage page={publicItem.data} language={language} />
      </>
    ) : (
      <Loading />
    );
  } else if (version) {
    content = (
      <>
        <Alert type="info" showIcon title={t('preview.notPublished', { language: languageName(language), revision: version.revision })} />
        <PublicPage page={{ ...version, images: item.images }} language={language} />
      </>
    );
  } else {
    content = <Empty description={t('preview.noVersion')} />;
  }

  return (
    <Card title={t('preview.title')}>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('preview.language')} htmlFor="preview-language">
          <Select
            id="preview-language"
            style={{ minWidth: 160 }}
            value={language}
            onChange={setLanguage}
            options={item.versions.map((candidate) => ({ value: candidate.language, label: languageName(candidate.language) }))}
          />
        </Form.Item>
      </Form>
      {content}
    </Card>
  );
}

/** The public page's layout: title, standfirst, images with caption and credit, then the body. */
function PublicPage({ page, language }: { page: Page; language: string }) {
  const { t } = useLabels();
  const captionLanguage = language === 'zh' ? 'zh' : 'en';
  return (
    <article aria-label={t('preview.title')} lang={language} style={{ maxWidth: 760, margin: '16px auto 0' }}>
      <Typography.Title level={3}>{page.title}</Typography.Title>
      {page.summary && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 16 }}>
          {page.summary}
        </Typography.Paragraph>
      )}
      {(page.images ?? []).map((image) => (
        <figure key={image.ref} style={{ margin: '16px 0' }}>
          {image.ref.startsWith('https://') ? (
            <img src={image.ref} alt={local(image.caption, captionLanguage)} style={{ maxWidth: '100%' }} />
          ) : (
            <Typography.Text code>{t('preview.mediaKey', { key: image.ref })}</Typography.Text>
          )}
          <figcaption>
            <Typography.Text type="secondary">
              {local(image.caption, captionLanguage)}
              {image.credit ? ` · ${t('field.credit')}: ${image.credit}` : ''}
            </Typography.Text>
          </figcaption>
        </figure>
      ))}
      <RichText html={page.body} label={t('field.body')} />
    </article>
  );
}
