import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import { AuthHeading } from "./auth-heading";

/** A link that was mistyped, used already or has expired: say so and offer the way to a new one. */
export function InvalidLink({ title, body, action }: { title: string; body: string; action: { href: string; label: string } | null }) {
  return (
    <div role="alert">
      <AuthHeading title={title}>
        <p>{body}</p>
      </AuthHeading>
      {action ? (
        <Link href={action.href} className={buttonClass("primary", { extra: "w-full" })}>
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
