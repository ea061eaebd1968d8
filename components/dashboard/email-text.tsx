/**
 * E-mail bodies are HTML written by users and by Snov.io. We never render them as HTML: the body
 * is parsed into an inert document (DOMParser never runs scripts, loads images or applies styles)
 * and only its textContent is shown. Block elements become line breaks so paragraphs stay readable.
 */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  // Code and styling are not part of what the reader should see.
  for (const element of doc.querySelectorAll('script, style, template, noscript')) element.remove();
  for (const element of doc.body.querySelectorAll('br, p, div, li, tr, h1, h2, h3, h4, h5, h6')) {
    element.append(doc.createTextNode('\n'));
  }
  return doc.body.textContent.replace(/\n{3,}/gu, '\n\n').trim();
}

export interface EmailTextProps {
  readonly html: string;
  /** The content is plain text already (`plain_text: true`): shown as is. */
  readonly isPlainText?: boolean;
  readonly label: string;
}

/** An e-mail body as text (see {@link htmlToText}); `{{variables}}` stay visible as written. */
export function EmailText({ html, isPlainText = false, label }: EmailTextProps) {
  const text = isPlainText ? html : htmlToText(html);
  return (
    <pre class="email-text" aria-label={label} tabIndex={0}>
      {text === '' ? '(empty)' : text}
    </pre>
  );
}
