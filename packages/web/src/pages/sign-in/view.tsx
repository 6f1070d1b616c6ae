import { useEffect, useState } from 'preact/hooks';
import type { AppConfig } from '../../auth/config.ts';
import { signIn, signInLocally } from '../../auth/session.ts';
import { navigate } from '../../router.ts';
import { Field } from '../../ui/form.tsx';

/**
 * Not signed in: the municipality's sign-in (authorization code with PKCE) at the press of a button. On a
 * local stack without `/oauth2/*`, a form that asks the local token endpoint for a chosen role instead.
 */
export const SignInPage = ({ config, returnTo }: { config: AppConfig; returnTo: string }) => {
  useEffect(() => {
    document.title = 'Log ind – Hjemmestøtte';
  }, []);
  return (
    <>
      <h1>Log ind</h1>
      <p>Hjemmestøtte er for kommunens medarbejdere og leverandører af hjemmestøtte.</p>
      {config.localTokenUrl && !config.authorizeUrl ? (
        <LocalSignIn config={config} returnTo={returnTo} />
      ) : (
        <button type="button" class="button button-primary" onClick={() => void signIn(config, returnTo)}>
          Log ind
        </button>
      )}
    </>
  );
};

const LocalSignIn = ({ config, returnTo }: { config: AppConfig; returnTo: string }) => {
  const [role, setRole] = useState('caseworker');
  const submit = async (e: Event) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target as HTMLFormElement)) as Record<string, string>;
    const request: Record<string, string> =
      data.role === 'provider'
        ? { role: 'provider', providerId: data.providerId ?? '' }
        : { role: data.role ?? '', email: data.email ?? '' };
    await signInLocally(config, request);
    navigate(returnTo === '/auth/callback' ? '/' : returnTo, true);
  };
  return (
    <form onSubmit={submit}>
      <p>Lokal udvikling: vælg en rolle (ingen adgangskode).</p>
      <Field path="role" label="Rolle">
        {(a) => (
          <select
            class="form-select"
            name="role"
            {...a}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
          >
            <option value="caseworker">Sagsbehandler</option>
            <option value="teamleader">Teamleder</option>
            <option value="admin">Administrator</option>
            <option value="provider">Leverandør</option>
          </select>
        )}
      </Field>
      {role === 'provider' ? (
        <Field path="providerId" label="Leverandør-id">
          {(a) => <input class="form-input" name="providerId" required {...a} />}
        </Field>
      ) : (
        <Field path="email" label="E-mail">
          {(a) => <input class="form-input" type="email" name="email" autoComplete="email" required {...a} />}
        </Field>
      )}
      <button type="submit" class="button button-primary">
        Log ind
      </button>
    </form>
  );
};
