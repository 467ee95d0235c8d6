import { Card, Form, Input } from 'antd';
import { RichText } from '../shared/RichText';
import { useLabels } from '../shared/labels';
import { fieldFeedback } from '../shared/problems';

interface Props {
  /** Where the text sits in the form: `['zh']` when opening an item, `[]` for a version. */
  prefix: string[];
  error: unknown;
  /** Ask who translated it (a new translation). */
  translator?: boolean;
  /** The language the text is in, for the preview's name. */
  languageName: string;
}

/** Title, summary and body (HTML) of one language version, with the body rendered as the public will see it. */
export function VersionTextFields({ prefix, error, translator, languageName }: Props) {
  const { t, language } = useLabels();
  const form = Form.useFormInstance();
  const body = Form.useWatch([...prefix, 'body'], form) as string | undefined;
  const names = (field: string) => [[...prefix, field].join('.'), field];
  return (
    <>
      <Form.Item
        name={[...prefix, 'title']}
        label={t('field.title')}
        rules={[{ required: true, whitespace: true, message: t('field.titleRequired') }]}
        {...fieldFeedback(error, names('title'), language)}
      >
        <Input maxLength={300} showCount />
      </Form.Item>
      <Form.Item name={[...prefix, 'summary']} label={t('field.summary')} {...fieldFeedback(error, names('summary'), language)}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name={[...prefix, 'body']} label={t('field.body')} extra={t('field.bodyHelp')} {...fieldFeedback(error, names('body'), language)}>
        <Input.TextArea rows={10} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      {translator && (
        <Form.Item
          name="translator"
          label={t('field.translator')}
          rules={[{ required: true, whitespace: true, message: t('field.translatorRequired') }]}
          {...fieldFeedback(error, ['translator'], language)}
        >
          <Input maxLength={100} />
        </Form.Item>
      )}
      <Card size="small" title={t('editor.bodyPreview', { language: languageName })} style={{ marginBottom: 16 }}>
        <RichText html={body} label={t('editor.bodyPreview', { language: languageName })} />
      </Card>
    </>
  );
}
