import { Button, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { GlobalOutlined, HomeOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { ItemType } from 'antd/es/menu/interface';
import { areas } from '../areas';
import type { Me } from '../me';
import { csrfToken, signingOut } from '../api/http';
import type { Language } from '../text';

/**
 * The frame of every page: the areas the user's roles open (side menu, collapsing to icons on a tablet),
 * who is signed in with roles and unit, the language switch and sign-out (a form POST, so the gateway can
 * send the browser on to the provider's sign-out).
 */
export function AppLayout({ me, onLanguage }: { me: Me; onLanguage: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const items: ItemType[] = [
    { key: '/', icon: <HomeOutlined />, label: t('home') },
    ...areas
      .map((area) => ({ area, entries: area.menu.filter((entry) => entry.visible(me)) }))
      .filter(({ entries }) => entries.length > 0)
      .map(({ area, entries }) => ({
        key: area.key,
        icon: area.icon,
        label: t(`area.${area.key}`),
        children: entries.map((entry) => ({ key: entry.path, label: t(entry.label, { ns: area.key }) })),
      })),
  ];
  const selected = selectedKey(location.pathname, items);
  const language = i18n.language as Language;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={64} width={232} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        {/* Folded to its icons (tablets), the side bar has room for the two characters of the name only. */}
        <div style={screens.lg ? { padding: '16px 20px' } : { padding: '16px 4px', textAlign: 'center' }}>
          <Typography.Title level={4} style={{ margin: 0 }} aria-label={t('appName')}>
            {screens.lg ? t('appName') : '外事'}
          </Typography.Title>
          {screens.lg && <Typography.Text type="secondary">{t('appSubtitle')}</Typography.Text>}
        </div>
        <nav aria-label={t('appSubtitle')}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={areas.map((area) => area.key)}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 16, paddingInline: 24, borderBottom: '1px solid #f0f0f0' }}
        >
          <Space wrap size="small" data-testid="who-am-i">
            <Typography.Text strong>{me.name}</Typography.Text>
            {me.unit && <Tag>{me.unit}</Tag>}
            {me.roles.map((role) => (
              <Tag key={role} color="blue">
                {t(`role.${role}`)}
              </Tag>
            ))}
          </Space>
          <Button
            icon={<GlobalOutlined />}
            aria-label={t('language')}
            onClick={() => onLanguage(language === 'zh' ? 'en' : 'zh')}
          >
            {t('switchTo')}
          </Button>
          <form method="post" action="/logout" style={{ margin: 0 }} onSubmit={() => signingOut()}>
            <input type="hidden" name="_csrf" value={csrfToken() ?? ''} />
            <Button htmlType="submit" icon={<LogoutOutlined />}>
              {t('signOut')}
            </Button>
          </form>
        </Layout.Header>
        {/* antd renders the content as the page's one <main> landmark. */}
        <Layout.Content style={{ padding: screens.md ? 24 : 12 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The menu entry of the current page: the longest entry path the location starts with. */
function selectedKey(pathname: string, items: ItemType[]): string | undefined {
  const keys: string[] = [];
  const collect = (list: ItemType[]) =>
    list.forEach((item) => {
      if (item && 'key' in item && typeof item.key === 'string' && item.key.startsWith('/')) keys.push(item.key);
      if (item && 'children' in item && Array.isArray(item.children)) collect(item.children as ItemType[]);
    });
  collect(items);
  return keys
    .filter((key) => pathname === key || (key !== '/' && pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0] ?? (pathname === '/' ? '/' : undefined);
}
