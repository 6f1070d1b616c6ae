/** The local sign-in page (Danish, accessible): choose a role and an email or a provider; no password. */
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const ROLE_LABELS = {
  caseworker: 'Sagsbehandler',
  teamleader: 'Teamleder',
  admin: 'Administrator',
  provider: 'Leverandør',
} as const;

export const signInPage = (
  params: Record<string, string>,
  error?: { field: 'email' | 'providerId'; message: string },
): string => {
  const hidden = Object.entries(params)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n      ');
  const roles = Object.entries(ROLE_LABELS)
    .map(([value, label]) => `<option value="${value}">${label}</option>`)
    .join('');
  return `<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Log ind – Hjemmestøtte (lokal)</title>
</head>
<body>
  <main>
    <h1>Log ind</h1>
    <p>Lokal udgave af Hjemmestøtte: vælg en rolle og skriv din e-mail, eller leverandørens id hvis du er
      leverandør. Der er ingen adgangskode her; i drift logger du ind hos kommunen.</p>
    ${error ? `<div role="alert"><h2>Der er en fejl</h2><p><a href="#${error.field}">${escapeHtml(error.message)}</a></p></div>` : ''}
    <form method="post" action="/oauth2/authorize">
      ${hidden}
      <div>
        <label for="role">Rolle</label>
        <select id="role" name="role">${roles}</select>
      </div>
      <div>
        <label for="email">E-mail</label>
        <input type="email" id="email" name="email" autocomplete="email">
      </div>
      <div>
        <label for="providerId">Leverandør-id</label>
        <input type="text" id="providerId" name="providerId" autocomplete="off">
      </div>
      <button type="submit">Log ind</button>
    </form>
  </main>
</body>
</html>
`;
};

export const errorPage = (message: string): string => `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>Fejl – Hjemmestøtte (lokal)</title></head>
<body><main><h1>Log ind kan ikke gennemføres</h1><p>${escapeHtml(message)}</p></main></body>
</html>
`;
