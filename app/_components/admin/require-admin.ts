import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/app/_components/current-user";

/**
 * The signed-in admin, or the ordinary 404 for everyone else (never a redirect to sign in, which
 * would tell them the page exists). Next renders a layout and its page at the same time, so every
 * admin page calls this before its procedures too: they would refuse anyway, but as logged errors.
 * The session lookup is cached per request, so the second call costs nothing.
 */
export async function requireAdmin() {
  const user = await getCurrentUser();
  if (!user || user.role !== "admin") notFound();
  return user;
}
