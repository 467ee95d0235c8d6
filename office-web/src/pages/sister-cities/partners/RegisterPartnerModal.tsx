import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { PARTNERS, type PartnerCity, type RegisterPartnerCity } from './api';
import { PartnerFields } from './PartnerFields';

/** The sister-city officer registers a partner city; its page opens once the service has it. */
export function RegisterPartnerModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const act = useAct();
  const navigate = useNavigate();
  return (
    <ActionModal<RegisterPartnerCity>
      open={open}
      title={t('partners.register')}
      okText={t('partners.registerOk')}
      width={760}
      initialValues={{ otherChineseSisterCity: false }}
      onClose={onClose}
      onSubmit={async (values) => {
        const answer = await act.mutateAsync({ path: PARTNERS, body: { ...values, otherChineseSisterCity: values.otherChineseSisterCity ?? false } });
        const created = answer.body as PartnerCity;
        if (created?.id) navigate(`/sister-cities/partners/${encodeURIComponent(created.id)}`);
      }}
    >
      <PartnerFields withCountry />
    </ActionModal>
  );
}
