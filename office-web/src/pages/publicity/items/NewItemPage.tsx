import { Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { itemCalls, useAct } from '../api/publicity';
import { ITEM_KINDS, type CreateItemRequest, type ItemKind, type ItemView } from '../api/types';
import { useLabels } from '../shared/labels';
import { PartnerCitySelect } from '../shared/PartnerCitySelect';
import { fieldFeedback } from '../shared/problems';
import { VersionTextFields } from './VersionTextFields';

interface NewItemValues {
  kind: ItemKind;
  tags?: string[];
  images?: { ref: string; captionZh?: string; captionEn?: string; credit?: string }[];
  about?: { partnerCityId?: string; visitId?: string; delegationId?: string };
  zh: { title: string; summary?: string; body?: string };
}

function blank(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** The request the service takes: empty fields left out, a caption only with its Chinese text. */
export function toCreateRequest(values: NewItemValues): CreateItemRequest {
  const about = {
    partnerCityId: blank(values.about?.partnerCityId),
    visitId: blank(values.about?.visitId),
    delegationId: blank(values.about?.delegationId),
  };
  return {
    kind: values.kind,
    tags: values.tags?.map((tag) => tag.trim()).filter((tag) => tag.length > 0),
    images: values.images?.map((image) => ({
      ref: image.ref.trim(),
      caption: blank(image.captionZh) ? { zh: image.captionZh!.trim(), en: blank(image.captionEn) } : undefined,
      credit: blank(image.credit),
    })),
    about: Object.values(about).some((id) => id !== undefined) ? about : undefined,
    zh: { title: values.zh.title.trim(), summary: blank(values.zh.summary), body: blank(values.zh.body) },
  };
}

/**
 * An editor opens an item with its Chinese text (the source), kind, tags, images and what it is about; the
 * translations are added on the item's page. `?delegationId=`, `?visitId=`, `?partnerCityId=` pre-fill the link.
 */
export function NewItemPage() {
  const { t, language, kind, languageName } = useLabels();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<NewItemValues>();
  const create = useAct((values: NewItemValues) => itemCalls.create(toCreateRequest(values)), (item: ItemView) => navigate(`/publicity/items/${item.id}`));
  const initial: Partial<NewItemValues> = {
    kind: 'NEWS',
    about: {
      partnerCityId: params.get('partnerCityId') ?? undefined,
      visitId: params.get('visitId') ?? undefined,
      delegationId: params.get('delegationId') ?? undefined,
    },
  };

  return (
    <>
      <Typography.Title level={2}>{t('items.new')}</Typography.Title>
      <Form<NewItemValues>
        form={form}
        name="new-item"
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void create.mutateAsync(values).catch(() => undefined)}
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={t('editor.sourceVersion', { language: languageName('zh') })}>
              <VersionTextFields prefix={['zh']} error={create.error} languageName={languageName('zh')} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('facts.title')}>
              <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]} {...fieldFeedback(create.error, ['kind'], language)}>
                <Select options={ITEM_KINDS.map((value) => ({ value, label: kind(value) }))} />
              </Form.Item>
              <Form.Item name="tags" label={t('field.tags')} extra={t('field.tagsHelp')} {...fieldFeedback(create.error, ['tags'], language)}>
                <Select mode="tags" tokenSeparators={[',', '，']} maxCount={20} open={false} suffixIcon={null} />
              </Form.Item>
              <Form.Item name={['about', 'partnerCityId']} label={t('field.partnerCity')} {...fieldFeedback(create.error, ['about.partnerCityId'], language)}>
                <PartnerCitySelect />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name={['about', 'visitId']} label={t('field.visitId')} {...fieldFeedback(create.error, ['about.visitId'], language)}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['about', 'delegationId']} label={t('field.delegationId')} {...fieldFeedback(create.error, ['about.delegationId'], language)}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {t('field.images')}
              </Typography.Title>
              <Form.List name="images">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, index) => (
                      <Card
                        key={field.key}
                        size="small"
                        style={{ marginBottom: 12 }}
                        title={t('field.imageNumber', { number: index + 1 })}
                        extra={
                          <Button type="text" icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)}>
                            {t('field.removeImage', { number: index + 1 })}
                          </Button>
                        }
                      >
                        <Form.Item
                          name={[field.name, 'ref']}
                          label={t('field.imageRef')}
                          extra={t('field.imageRefHelp')}
                          rules={[{ required: true, whitespace: true, message: t('field.imageRefRequired') }]}
                          {...fieldFeedback(create.error, [`images[${index}].ref`, `images[${index}]`], language)}
                        >
                          <Input maxLength={2000} />
                        </Form.Item>
                        <Row gutter={16}>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'captionZh']}
                              label={t('field.captionZh')}
                              dependencies={[['images', field.name, 'captionEn']]}
                              rules={[
                                ({ getFieldValue }) => ({
                                  validator: (_, value?: string) =>
                                    blank(value) || !blank(getFieldValue(['images', field.name, 'captionEn']))
                                      ? Promise.resolve()
                                      : Promise.reject(new Error(t('field.captionZhRequired'))),
                                }),
                              ]}
                            >
                              <Input maxLength={500} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item name={[field.name, 'captionEn']} label={t('field.captionEn')}>
                              <Input maxLength={500} />
                            </Form.Item>
                          </Col>
                        </Row>
                        <Form.Item name={[field.name, 'credit']} label={t('field.credit')}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Card>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add()} disabled={fields.length >= 30}>
                      {t('field.addImage')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
          </Col>
        </Row>
        <ProblemAlert error={create.error} />
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('editor.create')}
          </Button>
          <Button onClick={() => navigate('/publicity/items')}>{t('cancel', { ns: 'common' })}</Button>
        </Space>
      </Form>
    </>
  );
}
