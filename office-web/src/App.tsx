import { ConfigProvider, App as AntApp, Result } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { areas } from './areas';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/home/HomePage';
import { useMe } from './me';
import { Loading } from './components/Loading';
import { rememberLanguage } from './i18n';
import type { Language } from './text';
import { useOfficeZone } from './officeZone';

/**
 * The office's red, and secondary texts and links dark enough for WCAG AA contrast (4.5:1) on white — antd's
 * defaults (45 % black, #1677ff) fall short of it.
 */
const THEME = {
  token: {
    colorPrimary: '#a8071a',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // Empty-table texts and the like; disabled controls stay recognisable by their background.
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorLink: '#0958d9',
    // Status colours (tags, badges, alerts) dark enough for their text on their light backgrounds.
    colorInfo: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    // antd derives the light backgrounds from the status colours above, murky for colours this dark (text on them
    // fell to 2.7:1): the classic light tints instead.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    // Placeholders carry hints ("Select date", "Search"); antd's light grey is 1.8:1.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('notFound')} />;
}

export function consoleRoutes(element: React.ReactNode): RouteObject[] {
  return [
    {
      path: '/',
      element,
      children: [{ index: true, element: <HomePage /> }, ...areas.flatMap((area) => area.routes), { path: '*', element: <NotFound /> }],
    },
  ];
}

/** The signed-in console: who the user is decides the menu and the home page. */
export function App() {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language as Language);
  const me = useMe();
  useOfficeZone(me.data !== undefined);
  useEffect(() => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
    dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  }, [language, i18n]);
  const [router] = useState(() =>
    createBrowserRouter(consoleRoutes(<Shell onLanguage={setLanguage} />), { basename: '/console' }),
  );
  return (
    <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={THEME}>
      <AntApp>{me.data ? <RouterProvider router={router} /> : <Loading error={me.error} retry={() => void me.refetch()} />}</AntApp>
    </ConfigProvider>
  );
}

function Shell({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const { data: me } = useMe();
  return me ? <AppLayout me={me} onLanguage={onLanguage} /> : null;
}
