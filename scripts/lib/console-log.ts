/** Launcher output: short human lines on stderr, separate from the server's JSON logs on stdout. */
export function say(message: string): void {
  process.stderr.write(`[rehearse] ${message}\n`);
}

export function fail(message: string): never {
  process.stderr.write(`[rehearse] ${message}\n`);
  process.exit(1);
}
