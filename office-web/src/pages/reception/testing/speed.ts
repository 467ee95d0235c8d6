/**
 * Imported first by this area's tests. Role queries skip the per-element visibility check (getComputedStyle
 * on every ancestor), which on antd's deep trees in jsdom costs seconds per query; what a query finds still
 * needs its role and accessible name. Pages with many antd parts render slowly in jsdom, hence the timeout (the machine may also be running other suites).
 */
import { configure } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { vi } from 'vitest';

configure({ defaultHidden: true, asyncUtilTimeout: 15_000 });

/**
 * antd injects thousands of style rules, and jsdom matches every one of them on each getComputedStyle call
 * (accessible names, pointer checks and antd's own measuring all call it). These tests assert behaviour, not
 * layout, so the computed style is the element's inline style.
 */
const detached = document.createElement('div').style;
window.getComputedStyle = ((element: Element) => (element instanceof HTMLElement ? element.style : detached)) as typeof window.getComputedStyle;
vi.setConfig({ testTimeout: 90_000 });

/**
 * A user who types without pausing between keys and whose clicks skip the pointer-events check: that check
 * reads the computed style of every ancestor, which jsdom recomputes from all of antd's injected style rules.
 */
export const user = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
