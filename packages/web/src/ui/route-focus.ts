/**
 * After an in-app route change, where a full page load would have started a screen reader and a keyboard
 * user at the top: focus moves to `<main>` (tabindex -1; stable while the page loads, unlike a heading a
 * loading page replaces) and a polite status region announces the new page's heading.
 */
export const focusNewPage = (main: HTMLElement | null, status: HTMLElement | null) => {
  if (!main) return;
  main.focus({ preventScroll: true });
  const heading = main.querySelector('h1')?.textContent?.trim();
  if (status) status.textContent = heading || document.title;
};
