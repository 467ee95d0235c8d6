import { Badge, Button, Card, Col, Empty, Form, Progress, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/Loading';
import { hasAny, useMe } from '../../../me';
import { local } from '../../../text';
import { NS } from '../shared/api';
import { CodeTag, PageTitle } from '../shared/layout';
import { COOPERATION_FIELDS, OFFICER, type CooperationField } from '../shared/model';
import { useEnumOptions, useLanguage } from '../shared/options';
import { PartnerLink } from '../partners/PartnerLink';
import { PartnerSelect } from '../partners/PartnerSelect';
import { ProposeProjectModal } from './ProposeProjectModal';
import { useBoard, type BoardColumn, type ProjectCard } from './api';

/** Cards per column at first, and when the office asks for all the service gives (its cap). */
const PER_STAGE = 20;
const PER_STAGE_MAX = 100;

function Milestones({ card }: { card: ProjectCard }) {
  const { t } = useTranslation(NS);
  const label = t('project.milestonesReached', { reached: card.milestonesReached, count: card.milestones });
  if (card.milestones === 0) return <Typography.Text type="secondary">{t('project.noMilestones')}</Typography.Text>;
  return (
    <Progress
      size="small"
      steps={Math.min(card.milestones, 10)}
      percent={(card.milestonesReached / card.milestones) * 100}
      format={() => label}
      aria-label={label}
    />
  );
}

function ProjectTile({ card }: { card: ProjectCard }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  return (
    <Card size="small" style={{ marginBottom: 8 }}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/sister-cities/projects/${encodeURIComponent(card.id)}`}>
          <Typography.Text strong>{local(card.title, language)}</Typography.Text>
        </Link>
        <PartnerLink id={card.partnerCityId} />
        <Space wrap size={4}>
          <CodeTag prefix="field" code={card.field} />
          {card.stalledFrom && <span>{t('project.stalledFrom', { stage: t(`state.${card.stalledFrom}`) })}</span>}
        </Space>
        <Typography.Text type="secondary">{card.leadDepartment}</Typography.Text>
        <Milestones card={card} />
      </Space>
    </Card>
  );
}

function Column({ column }: { column: BoardColumn }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-label={t(`state.${column.stage}`)}>
      <Card
        size="small"
        styles={{ body: { background: '#fafafa', minHeight: 120 } }}
        title={
          <Space>
            <Typography.Title level={3} style={{ margin: 0, fontSize: 14 }}>
              {t(`state.${column.stage}`)}
            </Typography.Title>
            <Badge count={column.count} showZero color={column.stage === 'STALLED' ? 'orange' : 'blue'} aria-label={t('project.inStage', { count: column.count })} />
          </Space>
        }
      >
        {column.projects.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.noneInStage')} />
        ) : (
          column.projects.map((card) => <ProjectTile key={card.id} card={card} />)
        )}
        {column.count > column.projects.length && (
          <Typography.Text type="secondary">{t('project.showing', { shown: column.projects.length, count: column.count })}</Typography.Text>
        )}
      </Card>
    </section>
  );
}

/** `/sister-cities/projects/board`: the projects in columns by stage, as the service counts them. */
export function ProjectBoardPage() {
  const { t } = useTranslation(NS);
  const { data: me } = useMe();
  const [partnerCityId, setPartnerCityId] = useState<string>();
  const [field, setField] = useState<CooperationField>();
  const [perStage, setPerStage] = useState(PER_STAGE);
  const [proposing, setProposing] = useState(false);
  const board = useBoard({ partnerCityId, field, perStage });
  const fields = useEnumOptions(COOPERATION_FIELDS, 'field');
  const truncated = board.data?.columns.some((column) => column.count > column.projects.length);
  return (
    <>
      <PageTitle
        title={t('project.board')}
        extra={
          hasAny(me, OFFICER) && (
            <Button type="primary" onClick={() => setProposing(true)}>
              {t('act.PROPOSE_PROJECT')}
            </Button>
          )
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('project.partner')} htmlFor="board-partner">
          <PartnerSelect id="board-partner" allowClear style={{ minWidth: 220 }} value={partnerCityId} onChange={setPartnerCityId} />
        </Form.Item>
        <Form.Item label={t('project.field')} htmlFor="board-field">
          <Select id="board-field" allowClear style={{ minWidth: 180 }} value={field} onChange={setField} options={fields} />
        </Form.Item>
        {truncated && perStage < PER_STAGE_MAX && (
          <Button onClick={() => setPerStage(PER_STAGE_MAX)}>{t('project.showMore')}</Button>
        )}
      </Form>
      {!board.data ? (
        <Loading error={board.error} retry={() => void board.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('project.total', { count: board.data.total })}</Typography.Paragraph>
          <Row gutter={[12, 12]}>
            {board.data.columns.map((column) => (
              <Col key={column.stage} xs={24} sm={12} lg={8} xxl={4}>
                <Column column={column} />
              </Col>
            ))}
          </Row>
        </>
      )}
      <ProposeProjectModal open={proposing} onClose={() => setProposing(false)} />
    </>
  );
}
