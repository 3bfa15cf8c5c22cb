/** A start-up problem of the embedded PostgreSQL, worded for the person running `npm start`. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedPostgresError";
  }
}
