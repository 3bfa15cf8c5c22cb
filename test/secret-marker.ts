/** Every password a test uses contains this marker, so the log scan can prove none was logged. */
export const TEST_SECRET_MARKER = "Zq7-test-secret";

export function testPassword(label = "user"): string {
  return `${TEST_SECRET_MARKER}-${label}-correct-horse`;
}
