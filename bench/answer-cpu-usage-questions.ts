/** The question the bench asks a child process for the CPU time it has used so far. */
export const cpuUsageQuestion = 'cpuUsage';

/**
 * For a bench child spawned with `{ ipc: true }`: answers {@link cpuUsageQuestion} with
 * `{ cpuMicroseconds }`, the user plus system time of `process.cpuUsage()`. The open channel keeps
 * the process alive: it must end with `process.exit`.
 */
export function answerCpuUsageQuestions(): void {
  process.on('message', (question) => {
    if (question !== cpuUsageQuestion) return;
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicroseconds: user + system });
  });
}
