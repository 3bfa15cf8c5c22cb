/**
 * Grading an answer to a follow-up. The follow-up probes one rubric dimension (the focus), and
 * `question.text` is the follow-up itself, so relevance is already measured against it. The
 * candidate is not expected to cover the whole rubric again, so the other dimensions neither
 * punish what a short follow-up answer leaves out nor earn credit on their own: each moves most
 * of the way towards the focus dimension, which therefore carries the weight of the total.
 */
const FOCUS_PULL = 0.7;

export function applyFocus(values: readonly number[], keys: readonly string[], focus: string | undefined): number[] {
  const index = focus === undefined ? -1 : keys.indexOf(focus);
  const focusValue = index === -1 ? undefined : values[index];
  if (focusValue === undefined) return [...values];
  return values.map((v, i) => (i === index ? v : (1 - FOCUS_PULL) * v + FOCUS_PULL * focusValue));
}
