/** Writes a line to stdout: the CLI's answer (logs go through the logger). */
export const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
