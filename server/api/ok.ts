/** For mutations that answer only "done" (`ZOkSchema`): waits for the domain call, then `{ ok: true }`. */
export async function ok(work: Promise<unknown>): Promise<{ ok: true }> {
  await work;
  return { ok: true };
}
