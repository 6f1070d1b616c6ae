import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();

/** Client-side navigation: the gateway (and CloudFront) answer every app path with index.html. */
export const navigate = (to: string, replace = false) => {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const f of listeners) f();
};

addEventListener('popstate', () => {
  for (const f of listeners) f();
});

// Same-origin links navigate without a reload (keeps the in-memory tokens).
addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  if (a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
  // A link within this page (the skip link to `#main-content`) is the browser's: it moves focus there.
  if (a.hash && a.pathname === location.pathname && a.search === location.search) return;
  e.preventDefault();
  navigate(a.pathname + a.search);
});

export const useLocation = () => {
  const [, setTick] = useState(0);
  useEffect(() => {
    const f = () => setTick((n) => n + 1);
    listeners.add(f);
    return () => void listeners.delete(f);
  }, []);
  return { path: location.pathname, search: new URLSearchParams(location.search) };
};
