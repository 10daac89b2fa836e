/**
 * For the bench's child processes: resolves when the bench asks the process to finish (SIGTERM or
 * SIGINT) or when the bench is gone (its end of stdin closes), and lets stdin go.
 */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      process.off('SIGTERM', finish);
      process.off('SIGINT', finish);
      process.stdin.destroy();
      resolve();
    };
    process.once('SIGTERM', finish);
    process.once('SIGINT', finish);
    process.stdin.once('end', finish);
    process.stdin.resume();
  });
}
