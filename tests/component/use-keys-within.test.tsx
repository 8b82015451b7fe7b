import { useRef } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useKeysWithin } from '@/components/ui/use-keys-within';

function Panel({ onEscape }: { readonly onEscape: () => void }) {
  const region = useRef<HTMLElement>(null);
  useKeysWithin(region, (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onEscape();
  });
  return (
    <>
      <section ref={region} aria-label="panel">
        <input aria-label="inside" />
        <input
          aria-label="handles its own Escape"
          onKeyDown={(event) => {
            if (event.key === 'Escape') event.preventDefault();
          }}
        />
      </section>
      <input aria-label="outside" />
    </>
  );
}

describe('useKeysWithin', () => {
  it('hears a key pressed in a control inside the region, after the control had its say', async () => {
    const onEscape = vi.fn();
    const user = userEvent.setup();
    render(<Panel onEscape={onEscape} />);
    await user.click(screen.getByLabelText('outside'));
    await user.keyboard('{Escape}');
    expect(onEscape).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText('handles its own Escape'));
    await user.keyboard('{Escape}');
    expect(onEscape).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText('inside'));
    await user.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });
});
