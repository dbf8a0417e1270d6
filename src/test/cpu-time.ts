/**
 * The clock the tests' time bounds are measured on (issue 14: nothing over 1 s on `large`): this
 * process's CPU time, what the work costs however loaded the machine is.
 */
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
