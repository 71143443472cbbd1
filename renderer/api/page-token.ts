/**
 * Browser mode opens `/?token=…`; the host answers with an HttpOnly cookie, so once the page runs
 * the token in the address bar is no longer needed and would only leak (history, screenshots,
 * shared links). Replace the address without it, keeping the path, other parameters and the route.
 */
export function dropTokenFromAddress(location: Location, history: History): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
