import { useEffect } from 'preact/hooks';
import type { AppConfig } from '../../auth/config.ts';
import { signIn } from '../../auth/session.ts';

/**
 * Not signed in: the municipality's sign-in (authorization code with PKCE) at the press of a button —
 * Cognito's managed login in AWS, the local issuer's sign-in page on the local stack.
 */
export const SignInPage = ({ config, returnTo }: { config: AppConfig; returnTo: string }) => {
  useEffect(() => {
    document.title = 'Log ind – Hjemmestøtte';
  }, []);
  return (
    <>
      <h1>Log ind</h1>
      <p>Hjemmestøtte er for kommunens medarbejdere og leverandører af hjemmestøtte.</p>
      <button type="button" class="button button-primary" onClick={() => void signIn(config, returnTo)}>
        Log ind
      </button>
    </>
  );
};
