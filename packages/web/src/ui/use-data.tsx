import { useCallback, useEffect, useState } from 'preact/hooks';

type State<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; httpStatus: number };

/** Loads once per key; `reload` after a change. A page's `load.ts` supplies the loader. */
export const useData = <T,>(loader: () => Promise<T>, key: string) => {
  const [state, setState] = useState<State<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    loader().then(
      (data) => live && setState({ status: 'ok', data }),
      (e: unknown) =>
        live && setState({ status: 'error', httpStatus: (e as { status?: number }).status ?? 0 }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  return { state, reload: useCallback(() => setTick((n) => n + 1), []) };
};

/** Thrown by loaders for a non-2xx answer, so a page can say "not found" or "no access". */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export const LoadError = ({ status }: { status: number }) => (
  <div class="alert alert-error" role="alert">
    <div class="alert-body">
      <h2 class="alert-heading">
        {status === 404 ? 'Siden findes ikke' : status === 403 ? 'Du har ikke adgang' : 'Noget gik galt'}
      </h2>
      <p class="alert-text">
        {status === 404
          ? 'Sagen findes ikke, eller du har ikke adgang til den.'
          : status === 403
            ? 'Din rolle giver ikke adgang til denne side.'
            : 'Prøv igen om lidt.'}
      </p>
    </div>
  </div>
);
