import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '../i18n';

afterEach(() => {
  cleanup();
});

// Ant Design forms validate asynchronously and the suite runs files in parallel: give findBy*
// and waitFor more than the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these browser APIs that Ant Design uses.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: vi.fn().mockImplementation((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  });
}
if (!('ResizeObserver' in window)) {
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserver });
}

// jsdom does not implement pseudo-elements and says so on every call; Ant Design asks often.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, pseudoElt?: string | null) =>
  getComputedStyle(element, pseudoElt ? undefined : pseudoElt);
