import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BilingualEditor } from '@/components/ui/bilingual-editor';
import type { BilingualText } from '@/domain/bilingual-text';
import { EMPTY_BILINGUAL } from '@/domain/bilingual-text';

/** The editor holds no copy of the text: a parent keeps it, as the edit session does on the screens. */
function Harness({
  initial = EMPTY_BILINGUAL,
  onChange,
  maxLength,
}: {
  initial?: BilingualText;
  onChange?: (text: BilingualText) => void;
  maxLength?: number;
}) {
  const [value, setValue] = useState(initial);
  return (
    <BilingualEditor
      label="Justification"
      value={value}
      maxLength={maxLength}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
    />
  );
}

const english = () => screen.getByRole('textbox', { name: 'Justification: English' });
const arabic = () => screen.getByRole('textbox', { name: 'Justification: Arabic' });

describe('side-by-side bilingual editor', () => {
  it('shows English left-to-right and Arabic right-to-left, English first, each with its own language', () => {
    render(<Harness />);
    const boxes = screen.getAllByRole('textbox');
    expect(boxes).toEqual([english(), arabic()]);
    expect(english()).toHaveAttribute('lang', 'en');
    expect(english()).toHaveAttribute('dir', 'ltr');
    expect(arabic()).toHaveAttribute('lang', 'ar');
    expect(arabic()).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('Not written yet')).toBeInTheDocument();
  });

  it('makes the first language typed the original, asks for the translation, then for its check', async () => {
    const user = userEvent.setup();
    const changes = vi.fn();
    render(<Harness onChange={changes} />);
    await user.type(arabic(), 'قانون');
    expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ ar: 'قانون', original: 'ar', checked: false }));
    expect(within(arabic().closest('.bilingual-editor__side') as HTMLElement).getByText('original')).toBeInTheDocument();
    expect(screen.getByText('English translation missing')).toBeInTheDocument();
    const checkBox = screen.getByRole('checkbox', { name: 'English translation checked' });
    expect(checkBox).toBeDisabled();
    await user.type(english(), 'Law');
    expect(screen.getByText('English translation not checked yet')).toBeInTheDocument();
    await user.click(checkBox);
    expect(changes).toHaveBeenLastCalledWith({ en: 'Law', ar: 'قانون', original: 'ar', checked: true, same: false });
    expect(screen.getByText('Ready in both languages')).toBeInTheDocument();
    // Changing the original again makes the translation need a new check.
    await user.type(arabic(), ' جديد');
    expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ checked: false }));
  });

  it('marks a text the same in both languages: the other side copies the original and is read-only', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ en: 'UNHCR', ar: '', original: 'en', checked: false, same: false }} />);
    await user.click(screen.getByRole('checkbox', { name: /Same in both languages/ }));
    expect(arabic()).toHaveValue('UNHCR');
    expect(arabic()).toHaveAttribute('readonly');
    expect(screen.getByText('Ready in both languages')).toBeInTheDocument();
  });

  it('keeps pasted rich text as plain text, warns about the other script, removes unpaired bidi controls, and refuses a text over the limit', async () => {
    const changes = vi.fn();
    render(<Harness onChange={changes} maxLength={50} />);
    fireEvent.paste(english(), {
      clipboardData: { getData: (type: string) => (type === 'text/html' ? '<p><b>Residence</b> law</p>' : '') },
    });
    expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ en: 'Residence law' }));
    expect(screen.getByText(/kept as plain text/)).toBeInTheDocument();

    fireEvent.change(english(), { target: { value: 'قانون الإقامة' } });
    expect(screen.getByText(/seems to hold text in the other language's script/)).toBeInTheDocument();
    expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ en: 'قانون الإقامة' }));

    fireEvent.change(arabic(), { target: { value: 'نص\u202B بلا إغلاق' } });
    expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ ar: 'نص بلا إغلاق' }));
    expect(screen.getByText(/direction-control characters/)).toBeInTheDocument();

    const calls = changes.mock.calls.length;
    fireEvent.change(arabic(), { target: { value: 'ن'.repeat(51) } });
    expect(changes.mock.calls.length).toBe(calls);
    expect(screen.getByText(/longer than 50 characters/)).toBeInTheDocument();
    expect(arabic()).toHaveValue('نص بلا إغلاق');
  });
});
