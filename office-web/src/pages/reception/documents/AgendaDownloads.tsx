import { CalendarOutlined, FileTextOutlined } from '@ant-design/icons';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documents, usePlan } from '../api';
import type { Visit } from '../model';
import { NS } from '../shared';

/** The printable agenda and its calendar file: plain links, fetched by the browser with the session cookie. */
export function AgendaDownloads({ visit }: { visit: Visit }) {
  const { t } = useTranslation(NS);
  const plan = usePlan(visit.id);
  const hasAgenda = plan.data != null && plan.data.current !== undefined;
  return (
    <Card title={t('documents.title')}>
      {hasAgenda ? (
        <Space orientation="vertical">
          <a href={documents.agendaHtml(visit.id)} target="_blank" rel="noopener noreferrer">
            <FileTextOutlined aria-hidden /> {t('documents.agendaHtml')}
          </a>
          <a href={documents.agendaIcs(visit.id)} download={`agenda-${visit.id}.ics`}>
            <CalendarOutlined aria-hidden /> {t('documents.agendaIcs')}
          </a>
        </Space>
      ) : (
        <Typography.Text type="secondary">{plan.isLoading ? t('loading', { ns: 'common' }) : t('documents.noAgenda')}</Typography.Text>
      )}
    </Card>
  );
}
