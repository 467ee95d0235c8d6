import { configure } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * The travel pages render whole antd forms and tables, which jsdom lays out slowly on a busy machine:
 * these tests wait longer than the defaults, and role queries skip the costly visibility check (the pages
 * hide nothing the tests look for).
 */
configure({ asyncUtilTimeout: 60_000, defaultHidden: true });
vi.setConfig({ testTimeout: 300_000 });
