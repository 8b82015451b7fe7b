import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeLink } from '@/components/ui/safe-link';

describe('links from sources', () => {
  it('links http(s) URLs and shows every other scheme as inert text', () => {
    render(
      <ul>
        <li>
          <SafeLink url="https://laws.example.org/act" />
        </li>
        <li>
          <SafeLink url="javascript:alert(1)" />
        </li>
        <li>
          <SafeLink url={'java\tscript:alert(1)'} />
        </li>
        <li>
          <SafeLink url="data:text/html,<script>alert(1)</script>" />
        </li>
      </ul>,
    );
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['https://laws.example.org/act']);
    expect(screen.getByText('javascript:alert(1)').tagName).toBe('SPAN');
    expect(screen.getByText('data:text/html,<script>alert(1)</script>').tagName).toBe('SPAN');
  });
});
