import { useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import { Alert, ErrorSummary, Field } from '../../ui/form.tsx';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';
import type { Provider } from './load.ts';

// Paths of their own, so the ids differ from the add form's fields on the same page.
const labels: Record<string, string> = {
  'edit.providerId': 'Leverandør der skal rettes',
  'edit.name': 'Nyt navn',
  'edit.contactEmail': 'Ny kontakt-e-mail',
  '': 'Rettelsen',
};

/** Edit a provider's name or contact address (`PATCH /v1/providers/{id}`); an empty field stays as it is. */
export const EditProviderForm = ({ providers, onSaved }: { providers: Provider[]; onSaved: () => void }) => {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | undefined>();

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const providerId = String(f.get('providerId') ?? '');
    const name = String(f.get('name') ?? '').trim();
    const contactEmail = String(f.get('contactEmail') ?? '').trim();
    if (!name && !contactEmail) {
      setSaved(undefined);
      setErrors({ 'edit.name': 'Skriv et nyt navn eller en ny kontakt-e-mail.' });
      return;
    }
    const { error, response } = await api.PATCH('/v1/providers/{providerId}', {
      params: { path: { providerId } },
      body: { ...(name ? { name } : {}), ...(contactEmail ? { contactEmail } : {}) },
    });
    if (response.ok) {
      form.reset();
      setErrors({});
      setSaved(name || providerId);
      onSaved();
      return;
    }
    const found = Object.fromEntries(
      Object.entries(fieldErrorsOf(problemOf(error, response.status).errors)).map(([k, v]) => [
        `edit.${k}`,
        v,
      ]),
    );
    setSaved(undefined);
    setErrors(Object.keys(found).length ? found : { '': 'Leverandøren kunne ikke rettes.' });
  };

  return (
    <>
      <h2>Ret leverandør</h2>
      {saved && <Alert variant="success" heading={`${saved} er rettet`} />}
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field path="edit.providerId" label={labels['edit.providerId']!} error={errors['edit.providerId']}>
          {(a) => (
            <select class="form-select" name="providerId" {...a}>
              {providers.map((p) => (
                <option key={p.providerId} value={p.providerId}>
                  {p.name} ({p.providerId})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="edit.name" label={labels['edit.name']!} hint="Tomt: uændret" error={errors['edit.name']}>
          {(a) => <input class="form-input" name="name" autoComplete="off" {...a} />}
        </Field>
        <Field
          path="edit.contactEmail"
          label={labels['edit.contactEmail']!}
          hint="Tomt: uændret"
          error={errors['edit.contactEmail']}
        >
          {(a) => <input class="form-input" type="email" name="contactEmail" autoComplete="off" {...a} />}
        </Field>
        <button type="submit" class="button button-secondary">
          Gem rettelse
        </button>
      </form>
    </>
  );
};
