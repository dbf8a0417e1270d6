import { useState, type ButtonHTMLAttributes, type FocusEvent, type MouseEvent } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` is the page's main action (Apply, OK, Login). */
  variant?: 'primary' | 'secondary';
}

/**
 * A button. One disabled while it has the focus (Apply and OK while their own save runs, and Apply
 * once nothing is left to save) keeps the focus, as `aria-disabled` and refusing to act, until the
 * focus leaves it: a `disabled` attribute would drop a keyboard user's focus to `<body>`.
 */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  disabled = false,
  onFocus,
  onBlur,
  onClick,
  ...rest
}: ButtonProps) {
  const [focused, setFocused] = useState(false);
  const holdFocus = disabled && focused;
  const classes = ['fg-button', `fg-button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      disabled={disabled && !holdFocus}
      aria-disabled={holdFocus ? true : undefined}
      onClick={(e: MouseEvent<HTMLButtonElement>) => {
        if (holdFocus) e.preventDefault();
        else onClick?.(e);
      }}
      onFocus={(e: FocusEvent<HTMLButtonElement>) => {
        setFocused(true);
        onFocus?.(e);
      }}
      onBlur={(e: FocusEvent<HTMLButtonElement>) => {
        setFocused(false);
        onBlur?.(e);
      }}
    />
  );
}
