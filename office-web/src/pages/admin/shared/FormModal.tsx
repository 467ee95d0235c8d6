import { Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';

/**
 * A modal holding one form for one act: the API's refusal summarised above the fields (the fields themselves
 * show their part, see showProblemOnForm), OK submits the form, Cancel closes without a call.
 */
export function FormModal<V extends object>({
  title,
  okText,
  form,
  name,
  initialValues,
  pending,
  error,
  intro,
  onFinish,
  onClose,
  children,
}: {
  title: ReactNode;
  okText: ReactNode;
  form: FormInstance<V>;
  name: string;
  initialValues?: Partial<V>;
  pending: boolean;
  error: unknown;
  intro?: ReactNode;
  onFinish: (values: V) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      {intro}
      {Boolean(error) && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={error} />
        </div>
      )}
      <Form<V> form={form} layout="vertical" name={name} initialValues={initialValues} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
