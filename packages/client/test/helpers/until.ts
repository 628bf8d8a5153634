/** Waits until `condition` holds, polling every 20 ms, for at most 5 s. */
export async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
