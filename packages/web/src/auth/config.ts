/** `/config.json`, served next to the app: where to sign in and where the API is. */
export interface AppConfig {
  authorizeUrl?: string;
  tokenUrl?: string;
  logoutUrl?: string;
  clientId: string;
  scope: string;
  apiBase: string;
}

export const loadConfig = async (): Promise<AppConfig> => {
  const res = await fetch('/config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`config.json: ${res.status}`);
  return (await res.json()) as AppConfig;
};
