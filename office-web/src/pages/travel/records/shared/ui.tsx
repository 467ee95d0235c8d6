import { Breadcrumb, Button, Empty, Flex, Form, Select, Space, Tag, Timeline, Typography, type FormItemProps, type SelectProps } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '../../../../time';
import { EnumTag, useEnumText } from './EnumTag';
import type { EnumGroup } from './enums';

/** The page's one heading, with the acts the user may perform beside it and, on a record's page, the way back to its list. */
export function PageTitle({ title, tags, extra, back }: { title: ReactNode; tags?: ReactNode; extra?: ReactNode; back?: { to: string; label: string } }) {
  return (
    <>
      {back && <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={back.to}>{back.label}</Link> }, { title }]} />}
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {tags}
      </Space>
      {extra && <Space wrap>{extra}</Space>}
      </Flex>
    </>
  );
}

/** A table's caption, read out with the table and shown above it. */
export function Caption({ children }: { children: ReactNode }) {
  return <div style={{ textAlign: 'start', fontWeight: 600, padding: '8px 0' }}>{children}</div>;
}

/**
 * A list's filters: labelled inputs in a row (wrapping on a tablet), applied by Search, cleared by Reset.
 * The form starts from the filters in the address and starts afresh when they change (`key`).
 */
export function FilterBar<V extends object>({ name, values, onApply, children }: { name: string; values: V; onApply: (values: Partial<V>) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form<V>
      key={JSON.stringify(values)}
      name={name}
      layout="inline"
      initialValues={values}
      onFinish={onApply}
      role="search"
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      {children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('search')}
          </Button>
          <Button onClick={() => onApply({})}>{t('reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

/** ISO country codes as tags. */
export function Countries({ codes }: { codes: readonly string[] | undefined }) {
  if (!codes || codes.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap>
      {codes.map((code) => (
        <Tag key={code}>{code}</Tag>
      ))}
    </Space>
  );
}

/** The Form.Item props of a list of ISO country codes typed as tags: trimmed, upper case, two letters each. */
export function useCountryRules(): Pick<FormItemProps, 'rules' | 'normalize'> {
  const { t } = useTranslation('travel');
  return {
    normalize: (value: string[] | undefined) => (value ?? []).map((code) => code.trim().toUpperCase()).filter((code) => code !== ''),
    rules: [
      { required: true, type: 'array', min: 1, message: t('records.form.countriesRequired') },
      {
        validator: async (_, value: string[] | undefined) => {
          if ((value ?? []).some((code) => !/^[A-Z]{2}$/.test(code))) throw new Error(t('records.form.countryCode'));
        },
      },
    ],
  };
}

/** A select of ISO country codes typed by the user (`JP`, `DE`). */
export function CountryInput(props: SelectProps<string[]>) {
  const { t } = useTranslation('travel');
  return <Select mode={props.options ? 'multiple' : 'tags'} tokenSeparators={[',', ' ']} placeholder={t('records.form.countriesHint')} notFoundContent={null} {...props} />;
}

/** A picked day as the service takes a local date. */
export function localDate(day: Dayjs | null | undefined): string | undefined {
  return day ? day.format('YYYY-MM-DD') : undefined;
}

export interface HistoryEntry {
  act: string;
  by: string;
  at: string;
  from?: string;
  to?: string;
  detail?: string;
  note?: string;
}

/** What happened to a record, oldest first: the act, who, when, the state it moved to, and its detail. */
export function History({ entries, acts, states }: { entries: HistoryEntry[] | undefined; acts: EnumGroup; states?: EnumGroup }) {
  const { t } = useTranslation('travel');
  const { label } = useEnumText();
  if (!entries || entries.length === 0) return <Empty description={t('records.common.noHistory')} />;
  return (
    <Timeline
      items={entries.map((entry, index) => ({
        key: index,
        title: formatInstant(entry.at),
        content: (
          <div>
            <Typography.Text strong>{label(acts, entry.act)}</Typography.Text>{' '}
            {states && entry.to && <EnumTag group={states} code={entry.to} />}
            <div>
              <Typography.Text type="secondary">{t('records.common.by', { who: entry.by })}</Typography.Text>
            </div>
            {(entry.detail ?? entry.note) && <div>{entry.detail ?? entry.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
