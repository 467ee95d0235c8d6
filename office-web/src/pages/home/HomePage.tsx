import { Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { areas } from '../../areas';
import { useMe } from '../../me';

/**
 * The first page after sign-in: the work waiting for this person in every area their roles reach (files at
 * their step, deadlines near or missed, green-channel files first) and the counts per state.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  const cards = areas.filter((area) => area.home?.visible(me));
  return (
    <>
      <Typography.Title level={2}>{t('home')}</Typography.Title>
      {cards.length === 0 ? (
        <Empty description={t('none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {cards.map((area) => (
            <Col key={area.key} xs={24} xl={cards.length > 1 ? 12 : 24}>
              {area.home!.render(me)}
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
