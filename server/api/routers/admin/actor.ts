/** The signed-in admin as the audit log records them. */
export const actorOf = (user: { id: string; email: string }) => ({ id: user.id, email: user.email });
