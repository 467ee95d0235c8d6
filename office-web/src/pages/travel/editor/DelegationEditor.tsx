import { App, Button, Col, Form, Result, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { useDelegation, useSaveDelegation } from '../api';
import { fromPlan, NEW_PLAN, toPlan, type EditorValues } from './formModel';
import { PlanCheckSummary, PlanChecks } from './PlanChecks';
import { AttachmentsSection, BasicsSection, BudgetSection, InvitationSection, LegsSection, MembersSection, ScheduleSection, TasksSection } from './PlanSections';

/**
 * `/travel/delegations/new` and `/travel/delegations/:id/edit`: the clerk's plan of a trip. A draft, or a file
 * returned for correction, can be revised; the version edited is sent back as If-Match, so a change made
 * meanwhile by someone else is refused instead of overwritten.
 */
export function DelegationEditor() {
  const { t } = useTranslation('travel');
  const { id } = useParams();
  const { data: me } = useMe();
  const loaded = useDelegation(id);
  if (id === undefined) {
    return <EditorForm initial={NEW_PLAN} unit={me?.unit} />;
  }
  if (!loaded.data) {
    return <Loading error={loaded.error} retry={() => void loaded.refetch()} />;
  }
  const { delegation, etag } = loaded.data;
  if (!delegation.actions.includes('REVISE')) {
    return (
      <Result
        status="warning"
        title={t('editor.notEditable')}
        extra={<Link to={`/travel/delegations/${id}`}>{t('back', { ns: 'common' })}</Link>}
      />
    );
  }
  return <EditorForm key={id} id={id} etag={etag} unit={delegation.unit} initial={fromPlan(delegation)} />;
}

function EditorForm({ id, etag, unit, initial }: { id?: string; etag?: string; unit: string | undefined; initial: EditorValues }) {
  const { t } = useTranslation('travel');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EditorValues>();
  // The version the clerk started from, even if the file is read again meanwhile.
  const [editedVersion] = useState(etag);
  const save = useSaveDelegation();

  const submit = () => {
    const body = toPlan(form.getFieldsValue(true) as EditorValues);
    save.mutate(
      { id, etag: editedVersion, plan: body },
      {
        onSuccess: (saved) => {
          void message.success(t('editor.saved'));
          navigate(`/travel/delegations/${saved.delegation.id}`);
        },
      },
    );
  };

  return (
    <>
      <Typography.Title level={2}>{id ? t('editor.editTitle') : t('editor.newTitle')}</Typography.Title>
      {save.error ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={save.error} onClose={() => save.reset()} />
        </div>
      ) : null}
      <Form<EditorValues> form={form} layout="vertical" initialValues={initial} onFinish={submit} scrollToFirstError>
        {/* A refused save's problems are about the values then: once the clerk changes something they go. */}
        <PlanChecks initial={initial} saveError={save.error} onEdited={() => {
            if (save.isError) save.reset();
          }}>
          <Row gutter={16}>
            <Col xs={24} xl={16}>
              <BasicsSection unit={unit} />
              <MembersSection />
              <InvitationSection />
              <ScheduleSection />
              <LegsSection />
              <TasksSection />
              <BudgetSection />
              <AttachmentsSection />
            </Col>
            <Col xs={24} xl={8}>
              <div style={{ position: 'sticky', top: 16 }}>
                <PlanCheckSummary />
                <Space style={{ marginTop: 16 }}>
                  <Button type="primary" htmlType="submit" loading={save.isPending}>
                    {t('save', { ns: 'common' })}
                  </Button>
                  <Button onClick={() => navigate(id ? `/travel/delegations/${id}` : '/travel/delegations')}>{t('cancel', { ns: 'common' })}</Button>
                </Space>
              </div>
            </Col>
          </Row>
        </PlanChecks>
      </Form>
    </>
  );
}
