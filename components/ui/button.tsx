import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

type Variant = 'primary' | 'default' | 'danger';

export interface ButtonProps extends Omit<ButtonHTMLAttributes, 'class' | 'type'> {
  readonly variant?: Variant;
  readonly busy?: boolean;
  readonly type?: 'button' | 'submit';
  readonly children: ComponentChildren;
}

/** A button that exposes its busy state to assistive tech and cannot be double-submitted. */
export function Button({
  variant = 'default',
  busy = false,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  const className =
    variant === 'primary' ? 'btn btn-primary' : variant === 'danger' ? 'btn btn-danger' : 'btn';
  return (
    <button {...rest} type={type} class={className} disabled={Boolean(disabled) || busy} aria-busy={busy}>
      {children}
    </button>
  );
}
