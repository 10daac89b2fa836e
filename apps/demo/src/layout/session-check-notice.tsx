/** Shown while the page asks the proxy who is signed in (proxy mode only; see decision 5). */
export function SessionCheckNotice() {
  return (
    <p className="muted" role="status">
      Checking your session…
    </p>
  );
}
