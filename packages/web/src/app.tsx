import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Role } from './auth/claims.ts';
import type { AppConfig } from './auth/config.ts';
import { completeSignIn, currentUser, onSessionChange, signOut } from './auth/session.ts';
import { AuditPage } from './pages/audit/view.tsx';
import { CasePage } from './pages/case/view.tsx';
import { CaseByNumberPage } from './pages/case-by-number/view.tsx';
import { FollowUpPage } from './pages/follow-up/view.tsx';
import { MyCasesPage } from './pages/my-cases/view.tsx';
import { OverduePage } from './pages/overdue/view.tsx';
import { ProviderCasePage } from './pages/provider-case/view.tsx';
import { ProviderCasesPage } from './pages/provider-cases/view.tsx';
import { ProvidersPage } from './pages/providers/view.tsx';
import { RegisterCasePage } from './pages/register-case/view.tsx';
import { SignInPage } from './pages/sign-in/view.tsx';
import { StartPage } from './pages/start/view.tsx';
import { SupervisionPage } from './pages/supervision/view.tsx';
import { match } from './route-match.ts';
import { navigate, useLocation } from './router.ts';
import { focusNewPage } from './ui/route-focus.ts';

const roleNames: Record<Role, string> = {
  caseworker: 'Sagsbehandler',
  teamleader: 'Teamleder',
  admin: 'Administrator',
  provider: 'Leverandør',
};

/** Each route: its pattern, who may open it, and its page. The API still authorizes every call. */
const routes: { pattern: string; roles: Role[]; page: (p: Record<string, string>) => ComponentChildren }[] = [
  { pattern: '/leverandoerer', roles: ['admin'], page: () => <ProvidersPage /> },
  { pattern: '/leverandoer', roles: ['provider'], page: () => <ProviderCasesPage /> },
  {
    pattern: '/leverandoer/sager/:caseId',
    roles: ['provider'],
    page: (p) => <ProviderCasePage caseId={p.caseId!} />,
  },
  {
    pattern: '/tilsyn',
    roles: ['teamleader'],
    page: () => <SupervisionPage month={new URLSearchParams(location.search).get('maaned')} />,
  },
  {
    pattern: '/frister',
    roles: ['teamleader'],
    page: () => <OverduePage ownTeam={new URLSearchParams(location.search).get('team') === 'mit'} />,
  },
  {
    pattern: '/sager/nummer/:caseNumber',
    roles: ['caseworker', 'teamleader'],
    page: (p) => <CaseByNumberPage caseNumber={p.caseNumber!} />,
  },
  {
    pattern: '/sager/:caseId/revisionsspor',
    roles: ['teamleader'],
    page: (p) => <AuditPage caseId={p.caseId!} />,
  },
  { pattern: '/sager', roles: ['caseworker'], page: () => <MyCasesPage /> },
  { pattern: '/sager/ny', roles: ['caseworker'], page: () => <RegisterCasePage /> },
  {
    pattern: '/sager/:caseRef/opfoelgning/:followUpId',
    roles: ['caseworker'],
    page: (p) => <FollowUpPage caseId={p.caseRef!} followUpId={p.followUpId!} />,
  },
  {
    pattern: '/sager/:caseRef',
    roles: ['caseworker', 'teamleader'],
    page: (p) => <CasePage caseRef={p.caseRef!} />,
  },
];

const homeOf: Record<Role, string> = {
  caseworker: '/sager',
  teamleader: '/tilsyn',
  admin: '/leverandoerer',
  provider: '/leverandoer',
};

export const App = ({ config }: { config: AppConfig }) => {
  const { path } = useLocation();
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => onSessionChange(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    if (path === '/auth/callback')
      completeSignIn(config, location.search).then(
        (to) => navigate(to, true),
        () => setFailed(true),
      );
  }, [path]);
  const user = currentUser();
  const main = useRef<HTMLElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const shown = useRef<string | undefined>(undefined);
  const here = path + location.search;
  useEffect(() => {
    // The first page is a real page load: the browser starts at the top itself.
    if (shown.current !== undefined && shown.current !== here) focusNewPage(main.current, status.current);
    shown.current = here;
  }, [here]);

  let content: ComponentChildren;
  if (path === '/auth/callback') content = failed ? <SignInFailed /> : <p>Logger ind…</p>;
  else if (!user) content = <SignInPage config={config} returnTo={path + location.search} />;
  else if (path === '/') content = <StartPage home={homeOf[user.role]} />;
  else {
    const hit = routes.map((r) => ({ r, p: match(r.pattern, path) })).find((x) => x.p);
    if (!hit) content = <NotFound />;
    else if (!hit.r.roles.includes(user.role)) content = <NoAccess />;
    else content = hit.r.page(hit.p!);
  }

  return (
    <>
      <a class="skipnav" href="#main-content">
        Gå til sidens indhold
      </a>
      <header class="header">
        <div class="container app-header">
          <a href="/" class="app-name" aria-label="Hjemmestøtte, forside">
            Hjemmestøtte
          </a>
          {user && (
            <div class="app-user">
              <span>
                {user.email ?? user.providerId}, {roleNames[user.role]}
              </span>{' '}
              <button type="button" class="function-link" onClick={() => signOut(config)}>
                Log af
              </button>
            </div>
          )}
        </div>
        {user && <Navigation role={user.role} path={path} />}
      </header>
      <p class="sr-only" role="status" ref={status} />
      <main id="main-content" class="container page" tabIndex={-1} ref={main}>
        {content}
      </main>
    </>
  );
};

const navItems: Record<Role, [string, string][]> = {
  caseworker: [
    ['/sager', 'Mine sager'],
    ['/sager/ny', 'Registrér sag'],
  ],
  teamleader: [
    ['/tilsyn', 'Tilsyn'],
    ['/frister', 'Sager og frister'],
  ],
  admin: [['/leverandoerer', 'Leverandører']],
  provider: [['/leverandoer', 'Mine forløb']],
};

const Navigation = ({ role, path }: { role: Role; path: string }) => (
  <nav aria-label="Hovedmenu" class="container">
    <ul class="nobullet-list app-nav">
      {navItems[role].map(([href, text]) => (
        <li key={href}>
          <a href={href} aria-current={path === href ? 'page' : undefined}>
            {text}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);

const NotFound = () => (
  <>
    <h1>Siden findes ikke</h1>
    <p>
      <a href="/">Gå til forsiden</a>
    </p>
  </>
);
const NoAccess = () => (
  <>
    <h1>Du har ikke adgang</h1>
    <p>Din rolle giver ikke adgang til denne side.</p>
  </>
);
const SignInFailed = () => (
  <>
    <h1>Log ind mislykkedes</h1>
    <p>
      <a href="/">Prøv igen</a>
    </p>
  </>
);
