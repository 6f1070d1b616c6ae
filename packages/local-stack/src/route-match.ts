/** Matches a request path against API Gateway route templates (`/v1/cases/{caseId}`). */
export interface RouteTemplate {
  method: string;
  path: string;
}

const compile = (path: string) => {
  const names: string[] = [];
  const pattern = path.replace(/\{([^}/]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${pattern}$`), names };
};

export const createRouteMatcher = <R extends RouteTemplate>(routes: R[]) => {
  const compiled = routes.map((r) => ({ route: r, ...compile(r.path) }));
  return (method: string, path: string): { route: R; params: Record<string, string> } | undefined => {
    for (const c of compiled) {
      if (c.route.method !== method) continue;
      const m = c.regex.exec(path);
      if (!m) continue;
      const params = Object.fromEntries(c.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
      return { route: c.route, params };
    }
    return undefined;
  };
};
