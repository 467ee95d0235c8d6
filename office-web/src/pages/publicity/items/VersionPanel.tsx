import { Button, Card, Collapse, Descriptions, Divider, Form, Space, Tag, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { itemCalls, useAct } from '../api/publicity';
import type { ItemView, VersionRequest, VersionView } from '../api/types';
import { DecisionTimeline } from '../shared/DecisionTimeline';
import { useLabels } from '../shared/labels';
import { ReviewActions } from '../shared/ReviewActions';
import { ReviewSteps } from '../shared/ReviewSteps';
import { RichText } from '../shared/RichText';
import { mayAct, reviewActs } from '../shared/review';
import { RevisionsDrawer } from './RevisionsDrawer';
import { VersionTextFields } from './VersionTextFields';

interface Props {
  item: ItemView;
  language: string;
  /** Absent when the panel adds this translation. */
  version?: VersionView;
  /** Whether this language is out on a channel. */
  published: boolean;
}

/**
 * One language version: its three reviews, the acts the user may take on it, its text (a form for an editor,
 * with the body rendered), the reviewers' comments and its revisions.
 */
export function VersionPanel({ item, language, version, published }: Props) {
  const { t, languageName } = useLabels();
  const { data: me } = useMe();
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const name = languageName(language);
  const subject = t('editor.versionSubject', { language: name });
  const open = item.status === 'DRAFT';
  const editable = open && mayAct(me, 'PUBLICITY_EDITOR');
  const adding = version === undefined;

  const save = useAct((values: VersionRequest) =>
    itemCalls.writeVersion(item, language, {
      title: values.title.trim(),
      summary: values.summary?.trim() || undefined,
      body: values.body?.trim() || undefined,
      translator: adding ? values.translator?.trim() : undefined,
    }),
  );
  const submit = useAct(() => itemCalls.submit(item, language));
  const approve = useAct((comment?: string) => itemCalls.approve(item, language, comment));
  const sendBack = useAct((comment: string) => itemCalls.sendBack(item, language, comment));

  const heading = version?.source ? t('editor.sourceVersion', { language: name }) : t('editor.translation', { language: name });
  return (
    <section aria-label={heading}>
      <Card
        title={
          <Space wrap>
            <span>{heading}</span>
            {version && <Tag>{t('review.revision', { revision: version.revision })}</Tag>}
            {version?.publishable && <Tag color="success">{t('editor.publishable')}</Tag>}
          </Space>
        }
        extra={
          version && (
            <Button icon={<HistoryOutlined aria-hidden />} onClick={() => setRevisionsOpen(true)}>
              {t('revisions.open', { language: name })}
            </Button>
          )
        }
      >
        {version && (
          <>
            <ReviewSteps review={version.review} published={published} label={t('review.stepsOf', { subject })} />
            <Divider />
            <ReviewActions
              review={version.review}
              acts={reviewActs(me, version.review, open)}
              subject={subject}
              pending={submit.isPending || approve.isPending || sendBack.isPending}
              error={submit.error ?? approve.error ?? sendBack.error}
              onSubmit={() => submit.mutateAsync()}
              onApprove={(comment) => approve.mutateAsync(comment)}
              onSendBack={(comment) => sendBack.mutateAsync(comment)}
            />
            <Divider />
          </>
        )}
        {editable ? (
          <Form<VersionRequest>
            key={`${language}-${version?.revision ?? 'new'}`}
            name={`version-${language}`}
            layout="vertical"
            initialValues={{ title: version?.title, summary: version?.summary, body: version?.body }}
            onFinish={(values) => void save.mutateAsync(values).catch(() => undefined)}
          >
            {adding && <Typography.Paragraph type="secondary">{t('editor.addTranslationHelp', { language: name })}</Typography.Paragraph>}
            {version?.review.state === 'APPROVED' && <Typography.Paragraph type="warning">{t('editor.correctionWarning')}</Typography.Paragraph>}
            <VersionTextFields prefix={[]} error={save.error} translator={adding} languageName={name} />
            <ProblemAlert error={save.error} />
            <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 8 }}>
              {adding ? t('editor.addTranslation', { language: name }) : t('editor.saveVersion', { language: name })}
            </Button>
          </Form>
        ) : (
          version && <VersionText version={version} languageName={name} />
        )}
        {version && (
          <Collapse
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'decisions',
                label: t('review.comments', { count: version.review.decisions?.length ?? 0 }),
                children: <DecisionTimeline decisions={version.review.decisions} />,
              },
            ]}
          />
        )}
      </Card>
      {version && (
        <RevisionsDrawer open={revisionsOpen} onClose={() => setRevisionsOpen(false)} itemId={item.id} language={language} current={version.revision} />
      )}
    </section>
  );
}

/** A version as a reader sees it: title, summary, translator and the rendered body. */
function VersionText({ version, languageName }: { version: VersionView; languageName: string }) {
  const { t } = useLabels();
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'title', label: t('field.title'), children: version.title },
          { key: 'summary', label: t('field.summary'), children: version.summary ?? '—' },
          ...(version.translator ? [{ key: 'translator', label: t('field.translator'), children: version.translator }] : []),
        ]}
      />
      <Card size="small" title={t('editor.bodyPreview', { language: languageName })}>
        <RichText html={version.body} label={t('editor.bodyPreview', { language: languageName })} />
      </Card>
    </>
  );
}
