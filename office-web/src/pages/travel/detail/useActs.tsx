import { App, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem } from '../../../api/http';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDelegationCommand } from '../api';
import type { Delegation, DelegationAct } from '../model';
import { ActFields } from './ActFields';
import { bodyOf, type ActDefinition, type ActValues } from './acts';

export interface ActFailure {
  act: DelegationAct;
  error: unknown;
}

export interface Acts {
  /** Performs the act, after asking for its input in a modal when it needs any. */
  start: (definition: ActDefinition, objectionId?: string) => void;
  /** The act being sent, for its button's spinner. */
  sending?: DelegationAct;
  /** The last refusal, while no modal shows it. */
  failure?: ActFailure;
  /** The rules known to stop the file (stored precheck and refusals seen here): what a waiver may name. */
  ruleCodes: string[];
  modal: ReactNode;
}

function refusedFor(error: unknown, code: string): boolean {
  return error instanceof Problem && error.violations.some((violation) => violation.code === code);
}

/**
 * Runs the workflow commands on one file: each is sent with the version the user saw (If-Match); the
 * answer (the file as it now is) replaces the one shown, and every list and count is read again.
 */
export function useActs(delegation: Delegation, etag: string | undefined, storedCodes: string[]): Acts {
  const { t } = useTranslation('travel');
  const { message } = App.useApp();
  const command = useDelegationCommand(delegation.id);
  const [form] = Form.useForm<ActValues>();
  const [asking, setAsking] = useState<{ definition: ActDefinition; path: string }>();
  const [sending, setSending] = useState<DelegationAct>();
  const [failure, setFailure] = useState<ActFailure>();
  // Kept beyond the refusal's message, so the director can waive a rule the approval itself stopped on.
  const [refusedCodes, setRefusedCodes] = useState<string[]>([]);
  const ruleCodes = [...new Set([...storedCodes, ...refusedCodes])];

  // Above the office's own level the director cites the higher approval; below it approving needs no input.
  const referenceRequired =
    (delegation.approvingLevel !== undefined && delegation.approvingLevel !== 'FOREIGN_AFFAIRS_OFFICE') ||
    (failure?.act === 'APPROVE' && refusedFor(failure.error, 'APPROVAL_REFERENCE_REQUIRED'));

  const send = (definition: ActDefinition, path: string, body: unknown) => {
    setSending(definition.act);
    command.mutate(
      { path, body, etag },
      {
        onSuccess: () => {
          void message.success(t('actDone', { act: t(`act.${definition.act}`) }));
          setAsking(undefined);
          setFailure(undefined);
          setRefusedCodes([]);
        },
        onError: (error) => {
          setFailure({ act: definition.act, error });
          if (error instanceof Problem) setRefusedCodes((known) => [...known, ...error.violations.map((violation) => violation.code)]);
        },
        onSettled: () => setSending(undefined),
      },
    );
  };

  const start = (definition: ActDefinition, objectionId?: string) => {
    const path = definition.path.replace('{objectionId}', objectionId ?? '');
    setFailure(undefined);
    const needsInput = definition.input !== 'none' && !(definition.act === 'APPROVE' && !referenceRequired);
    if (needsInput) {
      form.resetFields();
      setAsking({ definition, path });
    } else {
      send(definition, path, {});
    }
  };

  const confirm = async () => {
    if (!asking) return;
    const values = await form.validateFields();
    send(asking.definition, asking.path, bodyOf(asking.definition.input, values));
  };

  const modal = (
    <Modal
      open={asking !== undefined}
      title={asking ? t(`act.${asking.definition.act}`) : undefined}
      okText={t('confirm', { ns: 'common' })}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ danger: asking?.definition.danger }}
      confirmLoading={command.isPending}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={() => {
        setAsking(undefined);
        setFailure(undefined);
      }}
      forceRender
    >
      {asking && failure ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={failure.error} />
        </div>
      ) : null}
      <Form<ActValues> form={form} layout="vertical">
        {asking && <ActFields input={asking.definition.input} delegation={delegation} ruleCodes={ruleCodes} />}
      </Form>
    </Modal>
  );

  return { start, sending, failure: asking ? undefined : failure, ruleCodes, modal };
}
