import { useEffect } from 'preact/hooks';
import { navigate } from '../../router.ts';

/** `/` sends each role to its own start page. */
export const StartPage = ({ home }: { home: string }) => {
  useEffect(() => navigate(home, true), [home]);
  return null;
};
