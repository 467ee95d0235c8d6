import { Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Progress, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormListFieldData } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { local, type Language } from '../../../text';
import { officeToday } from '../../../time';
import { useApprovedPlan, useCountryProfiles, usePartnerCities } from '../api';
import { ATTACHMENT_KINDS, CATEGORIES, INVITER_KINDS, MEMBER_ROLES, RANKS } from '../model';
import { daysAbroad, type EditorValues } from './formModel';
import { SectionProblems, useFieldHelp } from './fieldProblems';

/**
 * The sections of the delegation editor. Each input has a visible label; each row of a list is a labelled
 * group ("Member 1", "Activity 2") so the same labels in several rows stay distinguishable; rule problems
 * appear under the input they concern (or at the top of the section when they concern the whole list).
 */

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** A checkbox in a row of labelled inputs sits level with the inputs, not with their labels. */
const BESIDE_INPUTS = { alignSelf: 'flex-end' } as const;

function useOptions() {
  const { t } = useTranslation('travel');
  return (prefix: string, codes: readonly string[]) => codes.map((code) => ({ value: code, label: t(`${prefix}.${code}`) }));
}

function useRequired() {
  const { t } = useTranslation('travel');
  return [{ required: true, message: t('editor.required') }];
}

/** A labelled row of a Form.List with its remove button. */
function ListRow({ label, removeLabel, onRemove, children }: { label: string; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
        <Typography.Text strong>{label}</Typography.Text>
        <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={removeLabel} onClick={onRemove} />
      </Space>
      <Row gutter={12}>{children}</Row>
    </div>
  );
}

export function BasicsSection({ unit }: { unit: string | undefined }) {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const form = Form.useFormInstance<EditorValues>();
  const help = useFieldHelp();
  const options = useOptions();
  const required = useRequired();
  const partners = usePartnerCities();
  const countries = useCountryProfiles();
  const departure = Form.useWatch('departureDate', form);
  const back = Form.useWatch('returnDate', form);
  const year = departure ? departure.year() : Number(officeToday().slice(0, 4));
  const plan = useApprovedPlan(unit, year);
  const days = daysAbroad(departure, back);

  /** Choosing a partner city puts its country among the destinations, which is where the trip goes. */
  const pickPartner = (partnerId: string | undefined) => {
    const partner = partners.data?.find((candidate) => candidate.id === partnerId);
    const chosen = form.getFieldValue('destinationCountries') ?? [];
    if (partner && !chosen.includes(partner.country)) {
      form.setFieldValue('destinationCountries', [...chosen, partner.country]);
    }
  };

  return (
    <Card title={t('editor.basics')} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'zh']} label={t('field.titleZh')} rules={required} {...help(['title', 'zh'])}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'en']} label={t('field.titleEn')} {...help(['title', 'en'])}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('field.category')} rules={required} {...help(['category'])}>
            <Select options={options('category', CATEGORIES)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {partners.isError ? (
            <Form.Item
              name="partnerCityId"
              label={t('field.partnerCityId')}
              extra={t('field.partnerCityHelp')}
              rules={[{ pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, message: t('editor.partnerIdPattern') }]}
              {...help(['partnerCityId'])}
            >
              <Input />
            </Form.Item>
          ) : (
            <Form.Item name="partnerCityId" label={t('field.partnerCity')} extra={t('field.partnerCityHelp')} {...help(['partnerCityId'])}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={partners.isLoading}
                onChange={pickPartner}
                options={(partners.data ?? []).map((partner) => ({
                  value: partner.id,
                  label: `${language === 'zh' ? (partner.names.zh ?? partner.names.en) : (partner.names.en ?? partner.names.zh)} (${partner.country})`,
                }))}
              />
            </Form.Item>
          )}
        </Col>
        <Col xs={24}>
          <Space wrap size="large" style={{ marginBottom: 16 }}>
            <Form.Item name="signsAgreement" valuePropName="checked" noStyle>
              <Checkbox>{t('field.signsAgreement')}</Checkbox>
            </Form.Item>
            <Form.Item name="beltAndRoad" valuePropName="checked" noStyle>
              <Checkbox>{t('field.beltAndRoad')}</Checkbox>
            </Form.Item>
            <Form.Item name="urgent" valuePropName="checked" noStyle>
              <Checkbox>{t('field.urgent')}</Checkbox>
            </Form.Item>
          </Space>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="destinationCountries"
            label={t('field.destinationCountries')}
            extra={t('field.destinationCountriesHelp')}
            normalize={(codes: string[] | undefined) => [...new Set((codes ?? []).map((code) => code.trim().toUpperCase()).filter(Boolean))]}
            rules={[
              { required: true, type: 'array', min: 1, message: t('editor.required') },
              {
                validator: (_, codes: string[] | undefined) =>
                  (codes ?? []).every((code) => COUNTRY_CODE.test(code)) ? Promise.resolve() : Promise.reject(new Error(t('editor.countryCode'))),
              },
            ]}
            {...help(['destinationCountries'])}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', ' ']}
              options={(countries.data ?? []).map((country) => ({
                value: country.countryCode,
                label: `${country.countryCode} ${local(country.name, language)}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="departureDate" label={t('field.departureDate')} rules={required} {...help(['departureDate'])}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="returnDate"
            label={t('field.returnDate')}
            dependencies={['departureDate']}
            rules={[
              ...required,
              {
                validator: (_, value) =>
                  !value || !departure || !value.isBefore(departure, 'day') ? Promise.resolve() : Promise.reject(new Error(t('editor.returnBeforeDeparture'))),
              },
            ]}
            {...help(['returnDate'])}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('field.daysAbroad')}>
            <Typography.Text aria-live="polite">{days ?? '—'}</Typography.Text>
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="planItemId" label={t('field.planItem')} {...help(['planItemId'])}>
            <Select
              allowClear
              loading={plan.isLoading}
              notFoundContent={t('field.noPlan', { year })}
              options={(plan.data?.items ?? []).map((item) => ({
                value: item.itemId,
                label: `${item.itemId} · ${local(item.title, language)} · ${item.countries.join(', ')}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} style={BESIDE_INPUTS}>
          <Form.Item name="replacesPlannedTrip" valuePropName="checked" {...help(['replacesPlannedTrip'])}>
            <Checkbox>{t('field.replacesPlannedTrip')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function MembersSection() {
  const { t } = useTranslation('travel');
  const help = useFieldHelp();
  const options = useOptions();
  const required = useRequired();
  const row = (field: FormListFieldData, name: string) => ['members', field.name, name];
  return (
    <Card title={t('member.section')} size="small" style={{ marginBottom: 16 }}>
      <SectionProblems path={['members']} />
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <ListRow
                key={field.key}
                label={t('member.one', { n: index + 1 })}
                removeLabel={t('member.remove', { n: index + 1 })}
                onRemove={() => remove(field.name)}
              >
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'name']} label={t('member.name')} rules={required} {...help(row(field, 'name'))}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'post']} label={t('member.post')} rules={required} {...help(row(field, 'post'))}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'unit']} label={t('member.unit')} {...help(row(field, 'unit'))}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name={[field.name, 'rank']} label={t('member.rank')} {...help(row(field, 'rank'))}>
                    <Select allowClear options={options('rank', RANKS)} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name={[field.name, 'role']} label={t('member.role')} {...help(row(field, 'role'))}>
                    <Select allowClear options={options('memberRole', MEMBER_ROLES)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'personId']}
                    label={t('member.personId')}
                    rules={[{ pattern: /^[A-Za-z0-9-]{1,40}$/, message: t('editor.personIdPattern') }]}
                    {...help(row(field, 'personId'))}
                  >
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name={[field.name, 'unitHead']} valuePropName="checked" {...help(row(field, 'unitHead'))}>
                    <Checkbox>{t('member.unitHead')}</Checkbox>
                  </Form.Item>
                </Col>
              </ListRow>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: 'MEMBER' })}>
              {t('member.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

export function LegsSection() {
  const { t } = useTranslation('travel');
  const help = useFieldHelp();
  const required = useRequired();
  const row = (field: FormListFieldData, name: string) => ['legs', field.name, name];
  return (
    <Card title={t('leg.section')} size="small" style={{ marginBottom: 16 }}>
      <SectionProblems path={['legs']} />
      <Form.List name="legs">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <ListRow key={field.key} label={t('leg.one', { n: index + 1 })} removeLabel={t('leg.remove', { n: index + 1 })} onRemove={() => remove(field.name)}>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'country']}
                    label={t('leg.country')}
                    normalize={(code: string | undefined) => code?.toUpperCase()}
                    rules={[...required, { pattern: COUNTRY_CODE, message: t('editor.countryCode') }]}
                    {...help(row(field, 'country'))}
                  >
                    <Input maxLength={2} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[field.name, 'city']} label={t('leg.city')} {...help(row(field, 'city'))}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[field.name, 'arrival']} label={t('leg.arrival')} rules={required} {...help(row(field, 'arrival'))}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[field.name, 'departure']} label={t('leg.departure')} rules={required} {...help(row(field, 'departure'))}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Space wrap>
                    <Form.Item name={[field.name, 'transit']} valuePropName="checked" noStyle>
                      <Checkbox>{t('leg.transit')}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[field.name, 'exitsAirport']} valuePropName="checked" noStyle>
                      <Checkbox>{t('leg.exitsAirport')}</Checkbox>
                    </Form.Item>
                  </Space>
                </Col>
              </ListRow>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('leg.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

export function ScheduleSection() {
  const { t } = useTranslation('travel');
  const help = useFieldHelp();
  const required = useRequired();
  const form = Form.useFormInstance<EditorValues>();
  const schedule = Form.useWatch('schedule', form) ?? [];
  const total = schedule.reduce((sum, item) => sum + (item?.hours ?? 0), 0);
  const official = schedule.reduce((sum, item) => sum + (item?.official ? (item.hours ?? 0) : 0), 0);
  const row = (field: FormListFieldData, name: string) => ['schedule', field.name, name];
  return (
    <Card title={t('schedule.section')} size="small" style={{ marginBottom: 16 }}>
      <SectionProblems path={['schedule']} />
      {total > 0 && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text id="official-share">{t('schedule.share')}</Typography.Text>
          <Progress percent={Math.round((official / total) * 100)} aria-labelledby="official-share" />
        </div>
      )}
      <Form.List name="schedule">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <ListRow
                key={field.key}
                label={t('schedule.one', { n: index + 1 })}
                removeLabel={t('schedule.remove', { n: index + 1 })}
                onRemove={() => remove(field.name)}
              >
                <Col xs={12} md={6}>
                  <Form.Item name={[field.name, 'date']} label={t('schedule.date')} rules={required} {...help(row(field, 'date'))}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={10}>
                  <Form.Item name={[field.name, 'activity']} label={t('schedule.activity')} rules={required} {...help(row(field, 'activity'))}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'hours']} label={t('schedule.hours')} rules={required} {...help(row(field, 'hours'))}>
                    <InputNumber min={0.5} max={24} step={0.5} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4} style={BESIDE_INPUTS}>
                  <Form.Item name={[field.name, 'official']} valuePropName="checked">
                    <Checkbox>{t('schedule.official')}</Checkbox>
                  </Form.Item>
                </Col>
              </ListRow>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ official: true })}>
              {t('schedule.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

export function TasksSection() {
  const { t } = useTranslation('travel');
  const help = useFieldHelp();
  return (
    <Card title={t('field.tasks')} size="small" style={{ marginBottom: 16 }}>
      <SectionProblems path={['tasks']} />
      <Form.List name="tasks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <Form.Item name={field.name} label={t('field.task', { n: index + 1 })} {...help(['tasks', field.name])} style={{ flex: 1, minWidth: 280 }}>
                  <Input maxLength={300} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('task.remove', { n: index + 1 })} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')}>
              {t('task.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

export function InvitationSection() {
  const { t } = useTranslation('travel');
  const help = useFieldHelp();
  const options = useOptions();
  const form = Form.useFormInstance<EditorValues>();
  const invitingBody = Form.useWatch(['invitation', 'invitingBody'], form);
  const inviterKind = Form.useWatch(['invitation', 'inviterKind'], form);
  // The service needs both or neither: half an invitation is a mistake, none at all is a rule problem.
  const bothOrNeither = Boolean(invitingBody?.trim()) || Boolean(inviterKind);
  return (
    <Card title={t('invitation.section')} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['invitation', 'invitingBody']}
            label={t('invitation.invitingBody')}
            extra={t('invitation.none')}
            dependencies={[['invitation', 'inviterKind']]}
            rules={[{ required: bothOrNeither, whitespace: true, message: t('editor.required') }]}
            {...help(['invitation'], ['invitation', 'invitingBody'])}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['invitation', 'inviterKind']}
            label={t('invitation.inviterKind')}
            dependencies={[['invitation', 'invitingBody']]}
            rules={[{ required: bothOrNeither, message: t('editor.required') }]}
            {...help(['invitation', 'inviterKind'])}
          >
            <Select allowClear options={options('inviterKind', INVITER_KINDS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['invitation', 'signer']} label={t('invitation.signer')} {...help(['invitation', 'signer'])}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['invitation', 'relationship']} label={t('invitation.relationship')} {...help(['invitation', 'relationship'])}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={['invitation', 'translationAttached']} valuePropName="checked" {...help(['invitation', 'translationAttached'])}>
            <Checkbox>{t('invitation.translationAttached')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function BudgetSection() {
  const { t } = useTranslation('travel');
  const help = useFieldHelp();
  const required = useRequired();
  const form = Form.useFormInstance<EditorValues>();
  const items: NonNullable<NonNullable<EditorValues['budget']>['items']> = Form.useWatch(['budget', 'items'], form) ?? [];
  const total = items.reduce((sum, item) => sum + (item?.amountYuan ?? 0), 0);
  const row = (field: FormListFieldData, name: string) => ['budget', 'items', field.name, name];
  return (
    <Card title={t('budget.section')} size="small" style={{ marginBottom: 16 }} extra={`${t('budget.total')}: ¥${total.toLocaleString()}`}>
      <SectionProblems path={['budget']} />
      <Form.List name={['budget', 'items']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <ListRow key={field.key} label={t('budget.one', { n: index + 1 })} removeLabel={t('budget.remove', { n: index + 1 })} onRemove={() => remove(field.name)}>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'description']} label={t('budget.description')} rules={required} {...help(row(field, 'description'))}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'amountYuan']} label={t('budget.amountYuan')} rules={required} {...help(row(field, 'amountYuan'))}>
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </ListRow>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ marginBottom: 16 }}>
              {t('budget.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['budget', 'fundingSource']} label={t('budget.fundingSource')} {...help(['budget', 'fundingSource'])}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} style={BESIDE_INPUTS}>
          <Form.Item name={['budget', 'financeSealConfirmed']} valuePropName="checked" {...help(['budget', 'financeSealConfirmed'])}>
            <Checkbox>{t('budget.financeSealConfirmed')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function AttachmentsSection() {
  const { t } = useTranslation('travel');
  const help = useFieldHelp();
  const options = useOptions();
  const required = useRequired();
  const row = (field: FormListFieldData, name: string) => ['attachments', field.name, name];
  return (
    <Card title={t('attachment.section')} size="small" style={{ marginBottom: 16 }}>
      <SectionProblems path={['attachments']} />
      <Form.List name="attachments">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <ListRow
                key={field.key}
                label={t('attachment.one', { n: index + 1 })}
                removeLabel={t('attachment.remove', { n: index + 1 })}
                onRemove={() => remove(field.name)}
              >
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'kind']} label={t('attachment.kind')} rules={required} {...help(row(field, 'kind'))}>
                    <Select options={options('attachmentKind', ATTACHMENT_KINDS)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'ref']}
                    label={t('attachment.ref')}
                    rules={[...required, { pattern: /^\S+$/, message: t('editor.refPattern') }]}
                    {...help(row(field, 'ref'))}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'title']} label={t('attachment.title')} {...help(row(field, 'title'))}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </ListRow>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('attachment.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
