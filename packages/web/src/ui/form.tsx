import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Field ids follow the API's error paths (`children.0.birthDate` → `f-children-0-birthDate`). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Announce the error as it appears (role="alert"): for a form with no error summary to take focus. */
  announce?: boolean;
  children: (attrs: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ComponentChildren;
}

/** A DKFDS form group: label, hint, the error beside the field, and the control wired to both. */
export const Field = ({ path, label, hint, error, announce, children }: FieldProps) => {
  const id = fieldId(path);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>
        {label}
      </label>
      {hint && (
        <span class="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="form-error-message" id={`${id}-error`} role={announce ? 'alert' : undefined}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
    </div>
  );
};

/** The error summary at the top of a form: focused when shown, each line a link to its field. */
export const ErrorSummary = ({
  errors,
  labels,
}: {
  errors: Record<string, string>;
  labels: Record<string, string>;
}) => {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [errors]);
  if (!entries.length) return null;
  return (
    <div
      class="alert alert-error"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-heading"
    >
      <div class="alert-body">
        <h2 class="alert-heading" id="error-summary-heading">
          Der er problemer
        </h2>
        <ul class="alert-text nobullet-list">
          {entries.map(([path, message]) => (
            <li key={path}>
              {path && labels[path] ? (
                <a class="function-link" href={`#${fieldId(path)}`} onClick={focusField(path)}>
                  {labels[path]}: {message}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
};

const focusField = (path: string) => (e: Event) => {
  e.preventDefault();
  document.getElementById(fieldId(path))?.focus();
};

export const Alert = ({
  variant,
  heading,
  children,
}: {
  variant: 'success' | 'info' | 'warning' | 'error';
  heading?: string;
  children?: ComponentChildren;
}) => (
  <div
    class={`alert alert-${variant}`}
    role={variant === 'error' || variant === 'warning' ? 'alert' : 'status'}
  >
    <div class="alert-body">
      {heading && <h2 class="alert-heading">{heading}</h2>}
      {children && <div class="alert-text">{children}</div>}
    </div>
  </div>
);

/** Reads a form's named controls into a plain object of strings (checkbox groups as arrays). */
export const formValues = (form: HTMLFormElement) => {
  const data = new FormData(form);
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(data.keys())) {
    const all = data.getAll(key).map(String);
    const el = form.elements.namedItem(key);
    out[key] =
      el instanceof RadioNodeList && (el[0] as HTMLInputElement)?.type === 'checkbox' ? all : (all[0] ?? '');
  }
  return out;
};
