/**
 * The one loading state for a page (loading.tsx and Suspense fallbacks): a title bar, a line of
 * intro, then grey shapes roughly where the page's content will be. Announced once as a status;
 * the shapes are hidden from screen readers and stop pulsing for people who prefer less motion.
 */

type TBlock =
  /** A grid of equal tiles (stat cards, choices); `grid` holds its column classes. */
  | { tiles: number; grid: string; height?: string }
  /** List rows with two lines of text and a button-sized shape on the right. */
  | { rows: number }
  /** One panel; `className` sets its height (and anything else). */
  | { box: string }
  /** The score ring beside three lines, as on a report. */
  | { ring: true }
  /** Two columns on large screens, the main one twice as wide. */
  | { main: TBlock[]; side: TBlock[] };

const WIDTHS = { "3xl": "max-w-3xl", "4xl": "max-w-4xl", "6xl": "max-w-6xl" } as const;

interface PageSkeletonProps {
  /** What is loading, for screen readers: "Loading your interviews…". */
  label: string;
  /** The page's own max width; "none" inside a layout that already has one (admin). */
  width?: keyof typeof WIDTHS | "none";
  blocks: TBlock[];
}

const bar = "rounded bg-slate-200";
const panel = "rounded-xl ring-1 ring-slate-200";

function Block({ block }: { block: TBlock }) {
  if ("tiles" in block) {
    return (
      <div className={`grid gap-4 ${block.grid}`}>
        {Array.from({ length: block.tiles }, (_, tile) => (
          <div key={tile} className={`${block.height ?? "h-24"} ${panel}`} />
        ))}
      </div>
    );
  }
  if ("rows" in block) {
    return (
      <div className="space-y-3">
        {Array.from({ length: block.rows }, (_, row) => (
          <div key={row} className={`flex items-center gap-6 p-5 ${panel}`}>
            <div className="flex-1 space-y-2">
              <div className={`h-4 w-56 max-w-full ${bar}`} />
              <div className={`h-3 w-40 max-w-full ${bar}`} />
            </div>
            <div className={`hidden h-8 w-24 sm:block ${bar}`} />
          </div>
        ))}
      </div>
    );
  }
  if ("box" in block) return <div className={`${panel} ${block.box}`} />;
  if ("ring" in block) {
    return (
      <div className={`flex items-center gap-6 p-6 ${panel}`}>
        <div className="h-32 w-32 flex-none rounded-full border-[12px] border-slate-200 sm:h-40 sm:w-40 sm:border-[14px]" />
        <div className="flex-1 space-y-3">
          <div className={`h-4 w-32 ${bar}`} />
          <div className={`h-6 w-24 ${bar}`} />
          <div className={`h-4 w-56 max-w-full ${bar}`} />
        </div>
      </div>
    );
  }
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div className="space-y-6">{block.main.map((inner, index) => <Block key={index} block={inner} />)}</div>
      <div className="space-y-6">{block.side.map((inner, index) => <Block key={index} block={inner} />)}</div>
    </div>
  );
}

export function PageSkeleton({ label, width = "6xl", blocks }: PageSkeletonProps) {
  const frame = width === "none" ? "" : `mx-auto ${WIDTHS[width]} px-4 py-8 sm:px-6 lg:py-12`;
  return (
    <div className={frame} role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="animate-pulse space-y-8 motion-reduce:animate-none">
        <div>
          <div className={`h-9 w-56 max-w-full ${bar}`} />
          <div className={`mt-3 h-4 w-80 max-w-full ${bar}`} />
        </div>
        {blocks.map((block, index) => (
          <Block key={index} block={block} />
        ))}
      </div>
    </div>
  );
}
