import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useEnumText } from '../shared/EnumTag';
import type { Category } from '../shared/enums';
import { useFieldProblems } from '../shared/problems';
import { Caption, CountryInput, useCountryRules } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { plans, PLANS_KEY, type ItemRequest, type Plan } from './api';

/** A row takes the request's shape, so a problem's field (`items[1].title.zh`) names a field of the form. */
interface Row {
  itemId?: string;
  title: { zh: string; en?: string };
  countries: string[];
  category?: Category;
  plannedQuarter?: number;
  plannedSize?: number;
  note?: string;
}

const QUARTERS = [1, 2, 3, 4];

/**
 * The unit's clerk edits the draft's trips as a table and saves the whole list at once (the service keeps the
 * item ids of the rows it knows, gives new rows new ids and drops the rows left out). The version read goes
 * along as If-Match, so a plan changed meanwhile is not overwritten.
 */
export function PlanItemsEditor({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useTranslation('travel');
  const { options } = useEnumText();
  const countryRules = useCountryRules();
  const save = useCommand((items: ItemRequest[]) => plans.saveItems(plan, items), {
    invalidate: [PLANS_KEY],
    done: t('records.plans.itemsSaved'),
    then: onDone,
  });
  const problems = useFieldProblems(save.error);
  const field = problems.field;
  const required = { required: true, message: t('records.form.required') };
  const initial: Row[] = plan.items.map((item) => ({
    itemId: item.itemId,
    title: { zh: item.title.zh ?? '', en: item.title.en },
    countries: item.countries,
    category: item.category,
    plannedQuarter: item.plannedQuarter,
    plannedSize: item.plannedSize,
    note: item.note,
  }));
  const toRequest = (rows: Row[]): ItemRequest[] =>
    rows.map((row) => ({
      itemId: row.itemId || undefined,
      title: { zh: row.title.zh.trim(), en: row.title.en?.trim() || undefined },
      countries: row.countries,
      category: row.category!,
      plannedQuarter: row.plannedQuarter!,
      plannedSize: row.plannedSize!,
      note: row.note?.trim() || undefined,
    }));
  const at = (index: number, ...name: string[]) => field(['items', index, ...name]);

  return (
    <Form<{ items: Row[] }>
      name="plan-items"
      initialValues={{ items: initial }}
      onValuesChange={problems.onValuesChange}
      onFinish={(values) => save.mutate(toRequest(values.items ?? []))}
    >
      {save.error ? <ProblemAlert error={save.error} /> : null}
      <Form.List name="items">
        {(rows, { add, remove }) => (
          <>
            <Table
              caption={<Caption>{t('records.plans.itemsCaption')}</Caption>}
              rowKey="key"
              dataSource={rows}
              pagination={false}
              scroll={{ x: true }}
              size="small"
              columns={[
                {
                  title: t('records.plans.item.id'),
                  key: 'itemId',
                  render: (_, row) => (
                    <>
                      {/* Kept with the row, so the service changes that item rather than adding a new one. */}
                      <Form.Item name={[row.name, 'itemId']} hidden>
                        <Input />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {({ getFieldValue }) => getFieldValue(['items', row.name, 'itemId']) ?? t('records.plans.newItem')}
                      </Form.Item>
                    </>
                  ),
                },
                {
                  title: t('records.plans.item.titleZh'),
                  key: 'titleZh',
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'title', 'zh']} rules={[{ ...required, whitespace: true }, { max: 200 }]} {...at(row.name, 'title', 'zh')}>
                      <Input aria-label={t('records.plans.item.rowLabel', { label: t('records.plans.item.titleZh'), row: row.name + 1 })} style={{ minWidth: 160 }} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('records.plans.item.titleEn'),
                  key: 'titleEn',
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'title', 'en']} rules={[{ max: 200 }]} {...at(row.name, 'title', 'en')}>
                      <Input aria-label={t('records.plans.item.rowLabel', { label: t('records.plans.item.titleEn'), row: row.name + 1 })} style={{ minWidth: 160 }} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('records.plans.item.countries'),
                  key: 'countries',
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'countries']} {...countryRules} {...at(row.name, 'countries')}>
                      <CountryInput aria-label={t('records.plans.item.rowLabel', { label: t('records.plans.item.countries'), row: row.name + 1 })} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('records.plans.item.category'),
                  key: 'category',
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'category']} rules={[required]} {...at(row.name, 'category')}>
                      <Select
                        aria-label={t('records.plans.item.rowLabel', { label: t('records.plans.item.category'), row: row.name + 1 })}
                        options={options('category')}
                        style={{ minWidth: 150 }}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('records.plans.item.quarter'),
                  key: 'plannedQuarter',
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'plannedQuarter']} rules={[required]} {...at(row.name, 'plannedQuarter')}>
                      <Select
                        aria-label={t('records.plans.item.rowLabel', { label: t('records.plans.item.quarter'), row: row.name + 1 })}
                        options={QUARTERS.map((quarter) => ({ value: quarter, label: t('records.plans.quarter', { quarter }) }))}
                        style={{ minWidth: 90 }}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('records.plans.item.size'),
                  key: 'plannedSize',
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'plannedSize']} rules={[required]} {...at(row.name, 'plannedSize')}>
                      <InputNumber aria-label={t('records.plans.item.rowLabel', { label: t('records.plans.item.size'), row: row.name + 1 })} min={1} max={1000} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('records.plans.item.note'),
                  key: 'note',
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'note']} rules={[{ max: 1000 }]} {...at(row.name, 'note')}>
                      <Input aria-label={t('records.plans.item.rowLabel', { label: t('records.plans.item.note'), row: row.name + 1 })} style={{ minWidth: 140 }} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('actions', { ns: 'common' }),
                  key: 'remove',
                  render: (_, row) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('records.plans.removeItem', { row: row.name + 1 })}
                      onClick={() => remove(row.name)}
                    />
                  ),
                },
              ]}
            />
            <Space wrap style={{ marginTop: 16 }}>
              <Button icon={<PlusOutlined />} onClick={() => add({ title: { zh: '' }, countries: [] })}>
                {t('records.plans.addItem')}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('records.plans.saveItems')}
              </Button>
              <Button onClick={onDone}>{t('cancel', { ns: 'common' })}</Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
