import { configure } from '@testing-library/react';
import { vi } from 'vitest';

// Whole antd pages in jsdom take seconds to render and to query by role, many more on a busy machine running
// every area's tests at once: wait much longer than the defaults (a passing test does not wait), and
// skip the per-element visibility check of role queries (getComputedStyle over antd's many style rules),
// which is what makes them slow here; closed modals are destroyed, so hidden matches do not mislead.
configure({ asyncUtilTimeout: 30000, defaultHidden: true });
vi.setConfig({ testTimeout: 300000 });
