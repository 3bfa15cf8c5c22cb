/** Password length limits, in Unicode code points: the forms show them, server/auth/password-policy.ts enforces them. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
