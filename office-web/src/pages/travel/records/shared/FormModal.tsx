import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Flex, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useFieldProblems, type FieldProblems } from './problems';

export interface FormModalProps<V, R> {
  /** The form's name: prefixes its inputs' ids, so two forms on one page never share an id. */
  name: string;
  open: boolean;
  title: string;
  okText?: string;
  width?: number;
  onClose: () => void;
  /** The act the form performs; its problem is shown above the form and next to the fields it names. */
  command: UseMutationResult<unknown, unknown, R>;
  /** The request the form's values make. */
  toRequest: (values: V) => R;
  initialValues?: Partial<V>;
  children: (field: FieldProblems) => ReactNode;
}

/**
 * The input an act needs (a reason, a comment, a person to register), in a modal: labelled fields, the
 * service's problem next to them and in a summary, closed once the act is done. The form lives only while
 * the modal is open, so each opening starts from `initialValues`.
 */
export function FormModal<V, R>(props: FormModalProps<V, R>) {
  const { open, title, width, onClose, command } = props;
  const close = () => {
    command.reset();
    onClose();
  };
  return (
    <Modal open={open} title={title} width={width} footer={null} onCancel={close} destroyOnHidden>
      <ModalForm {...props} onClose={close} />
    </Modal>
  );
}

function ModalForm<V, R>({ name, okText, onClose, command, toRequest, initialValues, children }: FormModalProps<V, R>) {
  const { t } = useTranslation();
  const problems = useFieldProblems(command.error);
  return (
    <>
      {command.error ? <ProblemAlert error={command.error} /> : null}
      <Form<V>
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={problems.onValuesChange}
        onFinish={(values) => command.mutate(toRequest(values), { onSuccess: onClose })}
        style={{ marginTop: 16 }}
      >
        {children(problems.field)}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={command.isPending}>
            {okText ?? t('confirm')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
