// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmailText, htmlToText } from '../../../../components/dashboard/email-text';

afterEach(cleanup);

describe('EmailText', () => {
  it('shows an HTML body as text: no elements, no scripts, paragraphs kept apart', () => {
    const html =
      '<p>Hi {{first_name}},</p><p>See <a href="https://x.example">this</a>.</p><img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    const { container } = render(<EmailText html={html} label="Body" />);
    const body = screen.getByLabelText('Body');
    expect(body.textContent).toBe('Hi {{first_name}},\nSee this.');
    expect(container.querySelector('a, img, script, p')).toBeNull();
    expect(Reflect.get(window, 'hacked')).toBeUndefined();
  });

  it('keeps plain-text bodies exactly as written, markup characters included', () => {
    render(<EmailText html={'a < b & <b>not bold</b>'} isPlainText label="Plain" />);
    expect(screen.getByLabelText('Plain').textContent).toBe('a < b & <b>not bold</b>');
  });

  it('says when a body is empty', () => {
    expect(htmlToText('<p></p>')).toBe('');
    render(<EmailText html="<div></div>" label="Empty" />);
    expect(screen.getByLabelText('Empty').textContent).toBe('(empty)');
  });
});
