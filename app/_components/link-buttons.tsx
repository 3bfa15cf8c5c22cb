import Link from "next/link";
import { buttonClass } from "./button-styles";

interface LinkButtonsProps {
  /** The first is the main way on (primary); the others are secondary. */
  links: readonly { href: string; label: string }[];
  className?: string;
}

/** Where to go next, as a wrapping row of buttons (the end of a flow: paid, cancelled, verified). */
export function LinkButtons({ links, className = "" }: LinkButtonsProps) {
  return (
    <div className={`flex flex-wrap gap-3${className ? ` ${className}` : ""}`}>
      {links.map((link, index) => (
        <Link key={link.href} href={link.href} className={buttonClass(index === 0 ? "primary" : "secondary")}>
          {link.label}
        </Link>
      ))}
    </div>
  );
}
