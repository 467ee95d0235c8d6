import { Card, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../time';
import { NS } from './api';

/** The page's one level-2 heading, with the page's own buttons beside it (wrapping under it on a tablet). */
export function PageTitle({ title, extra, tags }: { title: ReactNode; extra?: ReactNode; tags?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {tags}
      </Space>
      {extra && (
        <Space wrap>
          {extra}
        </Space>
      )}
    </Flex>
  );
}

/** A part of a page under its own level-3 heading, so the headings stay in order for screen readers. */
export function Section({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card
      style={{ marginBottom: 16 }}
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}

/** `2027-03-10 – 2027-03-15`, or the one day of a one-day activity. */
export function dateRange(start: string | undefined, end: string | undefined): string {
  if (!start) return formatDate(end);
  return !end || end === start ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

/** A code of the service named by the area's texts (`<prefix>.<CODE>`) as a tag. */
export function CodeTag({ prefix, code, color }: { prefix: string; code: string | undefined; color?: string }) {
  const { t } = useTranslation(NS);
  if (!code) return null;
  return <Tag color={color}>{t(`${prefix}.${code}`)}</Tag>;
}
