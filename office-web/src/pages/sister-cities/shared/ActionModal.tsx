import { Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useLanguage } from './options';
import { showOnForm, type InvalidValueField } from './problems';

export interface ActionModalProps<V> {
  open: boolean;
  title: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
  initialValues?: Partial<V>;
  /** Sends the command; a refusal stays in the modal, by field and in the summary. */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  invalidValueField?: InvalidValueField;
  width?: number;
  children?: ReactNode;
}

/**
 * The one way this area asks for what an act needs (a reason, a reference, dates, a whole form): a modal form
 * that sends the act, shows the service's refusal next to the fields it names, and closes once it went through.
 */
export function ActionModal<V extends object>({
  open,
  title,
  okText,
  danger,
  initialValues,
  onSubmit,
  onClose,
  invalidValueField,
  width,
  children,
}: ActionModalProps<V>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: V) => {
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(values);
      form.resetFields();
      onClose();
    } catch (problem) {
      setError(problem);
      showOnForm(form, problem, language, invalidValueField);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('confirm')}
      cancelText={t('cancel')}
      okButtonProps={{ danger, loading: busy }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      destroyOnHidden
      width={width}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} preserve={false}>
        {children}
        {error !== undefined && <ProblemAlert error={error} onClose={() => setError(undefined)} />}
      </Form>
    </Modal>
  );
}
