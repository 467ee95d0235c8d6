import { Button, Card, Col, Collapse, Descriptions, Divider, Drawer, Form, Row, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StateTag } from '../../../components/StateTag';
import { useMe } from '../../../me';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import { countryCalls, useAct, useCountry } from '../api/publicity';
import type { ProfileRequest, ProfileView } from '../api/types';
import { DecisionTimeline } from '../shared/DecisionTimeline';
import { useLabels } from '../shared/labels';
import { ReviewActions } from '../shared/ReviewActions';
import { ReviewSteps } from '../shared/ReviewSteps';
import { mayAct, reviewActs } from '../shared/review';
import { AlertLevelCard } from './AlertLevelCard';
import { AlertLevelTag } from './AlertLevelTag';
import { ProfileFields, toProfileRequest, toProfileValues, type ProfileValues } from './ProfileFields';
import { ProfileText } from './ProfileText';

/**
 * A country profile: its alert level (set by the leader, public at once), the working draft beside the
 * published revision, and the draft's three reviews — the final approval publishes it.
 */
export function CountryPage() {
  const { code } = useParams();
  const profile = useCountry(code);
  if (!profile.data) return <Loading error={profile.error} retry={() => void profile.refetch()} />;
  return <CountryDetails profile={profile.data} />;
}

function CountryDetails({ profile }: { profile: ProfileView }) {
  const { t, language } = useLabels();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const submit = useAct(() => countryCalls.submit(profile));
  const approve = useAct((comment?: string) => countryCalls.approve(profile, comment));
  const sendBack = useAct((comment: string) => countryCalls.sendBack(profile, comment));
  const draftIsPublished = profile.review.state === 'APPROVED' && profile.publishedRevision === profile.review.revision;
  const subject = t('countries.theProfile');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/publicity/countries')} style={{ paddingInline: 0 }}>
          {t('countries.backToList')}
        </Button>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {local(profile.name, language)} ({profile.countryCode})
        </Typography.Title>
        <Space wrap>
          <AlertLevelTag level={profile.alert?.level} label={profile.alert?.label} />
          <StateTag state={profile.review.state} namespace="publicity" />
          <span>
            {profile.publishedRevision > 0
              ? t('countries.publishedAt', { revision: profile.publishedRevision, at: formatInstant(profile.publishedAt) })
              : t('countries.notPublished')}
          </span>
        </Space>
      </div>
      <AlertLevelCard profile={profile} />
      <Card title={t('countries.reviewTitle')}>
        <ReviewSteps review={profile.review} published={draftIsPublished} label={t('review.stepsOf', { subject })} />
        <Divider />
        <ReviewActions
          review={profile.review}
          acts={reviewActs(me, profile.review, true)}
          subject={subject}
          pending={submit.isPending || approve.isPending || sendBack.isPending}
          error={submit.error ?? approve.error ?? sendBack.error}
          onSubmit={() => submit.mutateAsync()}
          onApprove={(comment) => approve.mutateAsync(comment)}
          onSendBack={(comment) => sendBack.mutateAsync(comment)}
        />
        <Collapse
          style={{ marginTop: 16 }}
          items={[{ key: 'decisions', label: t('review.comments', { count: profile.review.decisions?.length ?? 0 }), children: <DecisionTimeline decisions={profile.review.decisions} /> }]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <section aria-label={t('countries.draftTitle', { revision: profile.review.revision })}>
            <Card
              title={
                <Space wrap>
                  {t('countries.draftTitle', { revision: profile.review.revision })}
                  <StateTag state={profile.review.state} namespace="publicity" />
                </Space>
              }
              extra={
                mayAct(me, 'PUBLICITY_EDITOR') && (
                  <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                    {t('countries.editDraft')}
                  </Button>
                )
              }
            >
              <ProfileText text={profile.draft} />
            </Card>
          </section>
        </Col>
        <Col xs={24} xl={12}>
          <section aria-label={t('countries.publishedTitle')}>
            <Card
              title={
                <Space wrap>
                  {t('countries.publishedTitle')}
                  {profile.publishedRevision > 0 && <Tag color="success">{t('review.revision', { revision: profile.publishedRevision })}</Tag>}
                </Space>
              }
            >
              <ProfileText text={profile.published} />
            </Card>
          </section>
        </Col>
      </Row>
      <Card title={t('countries.facts')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: t('countries.code'), children: profile.countryCode },
            { key: 'opened', label: t('countries.opened'), children: `${profile.openedBy ?? ''} · ${formatInstant(profile.openedAt)}` },
          ]}
        />
      </Card>
      <EditDrawer profile={profile} open={editing} onClose={() => setEditing(false)} />
    </Space>
  );
}

/** The editor changes the working draft; once submitted or published, the change is a new revision to review. */
function EditDrawer({ profile, open, onClose }: { profile: ProfileView; open: boolean; onClose: () => void }) {
  const { t } = useLabels();
  const [form] = Form.useForm<ProfileValues>();
  const edit = useAct((body: ProfileRequest) => countryCalls.edit(profile, body), onClose);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={880}
      destroyOnHidden
      title={t('countries.editDraft')}
      extra={
        <Button type="primary" loading={edit.isPending} onClick={() => form.submit()}>
          {t('save', { ns: 'common' })}
        </Button>
      }
    >
      {profile.review.state !== 'DRAFT' && <Typography.Paragraph type="warning">{t('countries.newRevisionWarning')}</Typography.Paragraph>}
      <Form<ProfileValues>
        form={form}
        name="edit-profile"
        layout="vertical"
        initialValues={toProfileValues(profile.draft)}
        onFinish={(values) => void edit.mutateAsync(toProfileRequest(values)).catch(() => undefined)}
      >
        <ProfileFields error={edit.error} />
        <ProblemAlert error={edit.error} />
        <Button type="primary" htmlType="submit" loading={edit.isPending} style={{ marginTop: 8 }}>
          {t('save', { ns: 'common' })}
        </Button>
      </Form>
    </Drawer>
  );
}
