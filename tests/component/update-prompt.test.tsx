import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { isUpdate?: boolean }) => void;

const fake = vi.hoisted(() => ({
  listeners: new Map<string, ((event: { isUpdate?: boolean }) => void)[]>(),
  register: vi.fn(async () => undefined),
  messageSkipWaiting: vi.fn(),
  url: '',
}));

vi.mock('workbox-window', () => ({
  Workbox: class {
    constructor(url: string) {
      fake.url = url;
    }
    addEventListener(name: string, listener: Listener) {
      fake.listeners.set(name, [...(fake.listeners.get(name) ?? []), listener]);
    }
    register = fake.register;
    messageSkipWaiting = fake.messageSkipWaiting;
  },
}));

const emit = (name: string, event: { isUpdate?: boolean } = {}) =>
  act(() => fake.listeners.get(name)?.forEach((listener) => listener(event)));

beforeEach(() => {
  vi.stubEnv('PROD', true);
  fake.listeners.clear();
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration: async () => ({ waiting: {} }) } });
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.clearAllMocks();
});

describe('service worker update prompt', () => {
  it('registers the worker and only asks when a new version waits; nothing switches until the user chooses', async () => {
    const { UpdatePrompt } = await import('@/app/update-prompt');
    render(<UpdatePrompt />);
    // Registered only once the page is loaded and idle, so the install never competes with the first screen.
    expect(fake.register).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.register).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(fake.url).toBe('/sw.js');
    expect(screen.queryByRole('button', { name: 'Reload now' })).toBeNull();

    emit('waiting');
    expect(await screen.findByText(/A new version of MGI Workbench is ready/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Reload now' })).toBeNull();
    expect(fake.messageSkipWaiting).not.toHaveBeenCalled();

    emit('waiting');
    await userEvent.click(await screen.findByRole('button', { name: 'Reload now' }));
    expect(fake.messageSkipWaiting).toHaveBeenCalledTimes(1);
  });

  it('when another tab switched to the new version, this tab asks too instead of reloading', async () => {
    const { UpdatePrompt } = await import('@/app/update-prompt');
    render(<UpdatePrompt />);
    emit('controlling', { isUpdate: false });
    expect(screen.queryByRole('button', { name: 'Reload now' })).toBeNull();
    emit('controlling', { isUpdate: true });
    expect(await screen.findByRole('button', { name: 'Reload now' })).toBeInTheDocument();
    expect(fake.messageSkipWaiting).not.toHaveBeenCalled();
  });
});
