import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Problem, type Violation } from '../../../api/http';
import { local } from '../../../text';
import type { Interpreter, ScheduleItem, Venue } from '../model';
import { languageName, NS, useLanguage } from '../shared';

/** A rule one schedule item broke, as the plan's 422 named it (`parameters.itemId`). */
export interface ItemProblem {
  violation: Violation;
  /** The other visit holding the interpreter or venue, when that is another visit. */
  otherVisitId?: string;
}

/**
 * The problems of a plan save, by the schedule item they concern. A double booking names the item saved
 * (`itemId`) and the one it collides with (`otherItemId`, `otherVisitId`): when both are in this plan, both
 * items show it; when the other is another visit's, the item links to that visit.
 */
export function problemsByItem(error: unknown, visitId: string, sent: ScheduleItem[] = []): Map<string, ItemProblem[]> {
  const byItem = new Map<string, ItemProblem[]>();
  if (!(error instanceof Problem)) return byItem;
  const add = (itemId: unknown, problem: ItemProblem) => {
    if (typeof itemId !== 'string') return;
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), problem]);
  };
  for (const violation of error.violations) {
    const parameters = violation.parameters ?? {};
    const otherVisitId = typeof parameters.otherVisitId === 'string' ? parameters.otherVisitId : undefined;
    const sameVisit = otherVisitId === visitId;
    add(parameters.itemId, { violation, otherVisitId: sameVisit ? undefined : otherVisitId });
    if (sameVisit && parameters.otherItemId !== parameters.itemId) add(parameters.otherItemId, { violation });
  }
  // A refused field (400) is named by its place in the list sent: `items[2].title.zh` is the third item sent.
  for (const fieldError of error.errors) {
    const index = /^items\[(\d+)\]\.?(.*)$/.exec(fieldError.field);
    const item = index ? sent[Number(index[1])] : undefined;
    if (item) add(item.id, { violation: { code: index![2] || 'items', message: fieldError.message } });
  }
  return byItem;
}

const CONFLICT_LABEL: Record<string, string> = {
  INTERPRETER_DOUBLE_BOOKED: 'plan.conflict.interpreter',
  VENUE_DOUBLE_BOOKED: 'plan.conflict.venue',
  INTERPRETER_UNAVAILABLE: 'plan.conflict.unavailable',
  INTERPRETER_LANGUAGE_MISSING: 'plan.conflict.language',
  VENUE_TOO_SMALL: 'plan.conflict.tooSmall',
};

/** `2027-03-10T09:00:00` → `2027-03-10 09:00` (office time, no zone: it is the office's already). */
export function officeTime(value: string): string {
  return dayjs(value).format('YYYY-MM-DD HH:mm');
}

export function ScheduleTable({
  items,
  venues,
  interpreters,
  problems,
  onEdit,
  onRemove,
  caption,
}: {
  items: ScheduleItem[];
  venues: Map<string, Venue>;
  interpreters: Map<string, Interpreter>;
  problems?: Map<string, ItemProblem[]>;
  onEdit?: (item: ScheduleItem) => void;
  onRemove?: (item: ScheduleItem) => void;
  caption: string;
}) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const sorted = [...items].sort((a, b) => a.start.localeCompare(b.start));
  const columns: ColumnsType<ScheduleItem> = [
    {
      title: t('plan.when'),
      key: 'when',
      render: (_, item) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {officeTime(item.start)} – {dayjs(item.end).isSame(dayjs(item.start), 'day') ? dayjs(item.end).format('HH:mm') : officeTime(item.end)}
        </span>
      ),
    },
    { title: t('plan.kind'), key: 'kind', render: (_, item) => <Tag>{t(`itemKind.${item.kind}`)}</Tag> },
    { title: t('plan.itemTitle'), key: 'title', render: (_, item) => local(item.title, language) },
    {
      title: t('plan.where'),
      key: 'where',
      render: (_, item) => {
        const venue = item.venueId ? venues.get(item.venueId) : undefined;
        return (
          <Space orientation="vertical" size={0}>
            {item.venueId && <span>{venue ? local(venue.name, language) : item.venueId}</span>}
            {item.place && <Typography.Text type={item.venueId ? 'secondary' : undefined}>{item.place}</Typography.Text>}
          </Space>
        );
      },
    },
    {
      title: t('plan.interpreters'),
      key: 'interpreters',
      render: (_, item) =>
        (item.interpreters ?? []).map((assignment) => (
          <div key={`${assignment.interpreterId}-${assignment.language}`}>
            {interpreters.get(assignment.interpreterId)?.name ?? assignment.interpreterId} · {languageName(assignment.language, language)}
          </div>
        )),
    },
    {
      title: t('plan.officials'),
      key: 'officials',
      render: (_, item) => (item.officials ?? []).map((official) => [official.name, official.title].filter(Boolean).join(' ')).join(language === 'zh' ? '、' : ', '),
    },
  ];
  if (problems) {
    columns.push({
      title: t('plan.problems'),
      key: 'problems',
      render: (_, item) => <ItemProblems problems={problems.get(item.id) ?? []} />,
    });
  }
  if (onEdit && onRemove) {
    columns.push({
      title: t('actions', { ns: 'common' }),
      key: 'actions',
      render: (_, item) => {
        const name = local(item.title, language);
        return (
          <Space>
            <Button size="small" onClick={() => onEdit(item)} aria-label={t('plan.editItem', { name })}>
              {t('edit', { ns: 'common' })}
            </Button>
            <Popconfirm
              title={t('plan.removeItemConfirm', { name })}
              okText={t('remove', { ns: 'common' })}
              cancelText={t('cancel', { ns: 'common' })}
              onConfirm={() => onRemove(item)}
            >
              <Button size="small" danger aria-label={t('plan.removeItem', { name })}>
                {t('remove', { ns: 'common' })}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    });
  }
  return (
    <Table<ScheduleItem>
      rowKey="id"
      size="small"
      title={() => caption}
      columns={columns}
      dataSource={sorted}
      pagination={false}
      scroll={{ x: true }}
      onRow={(item) =>
        ({
          'data-item-id': item.id,
          // An item with a problem stands out in the programme, not only in its problems column.
          style: (problems?.get(item.id)?.length ?? 0) > 0 ? { background: '#fff1f0' } : undefined,
        }) as React.HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: t('plan.noItems') }}
    />
  );
}

function ItemProblems({ problems }: { problems: ItemProblem[] }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  if (problems.length === 0) return null;
  return (
    <Space orientation="vertical" size={4} role="alert">
      {problems.map(({ violation, otherVisitId }, index) => (
        <div key={`${violation.code}-${index}`}>
          <Tag color="red">{CONFLICT_LABEL[violation.code] ? t(CONFLICT_LABEL[violation.code]) : violation.code}</Tag>
          <Typography.Text type="danger">
            {violation.code}: {local(violation.message, language)}
          </Typography.Text>
          {otherVisitId && (
            <div>
              <Link to={`/reception/visits/${otherVisitId}`}>{t('plan.otherVisit')}</Link>
            </div>
          )}
        </div>
      ))}
    </Space>
  );
}
