/**
 * The picture shown when a Rehearse link is shared (Open Graph and Twitter cards), drawn with
 * next/og from the landing page's real sample score. It must render offline: only the default font
 * bundled with next/og (Geist Regular) is used and the text is plain ASCII, because any glyph that
 * font lacks makes next/og fetch a fallback font from Google Fonts.
 */
import { ImageResponse } from "next/og";
import { sampleFeedback } from "@/app/(marketing)/sample-feedback";
import { formatDimensionPoints } from "@/app/_components/format";

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

const BRAND = "#1f3fb0";
const INK = "#0f172a";
const MUTED = "#475569";

/** Drops anything outside printable ASCII (curly quotes, dashes) so no font is ever fetched. */
function ascii(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e]/g, "");
}

export function socialCardImage(): ImageResponse {
  const { score, trackName, levelName } = sampleFeedback();
  return new ImageResponse(
    (
      <div style={{ display: "flex", width: "100%", height: "100%", background: "linear-gradient(180deg, #eef2ff 0%, #ffffff 100%)", padding: 64 }}>
        <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", width: 600, paddingRight: 48 }}>
          <div style={{ display: "flex", fontSize: 36, color: BRAND }}>Rehearse</div>
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ fontSize: 60, lineHeight: 1.1, color: INK, letterSpacing: "-0.02em" }}>Rehearse the interview before the interview.</div>
            <div style={{ marginTop: 24, fontSize: 28, lineHeight: 1.35, color: MUTED }}>
              Product, engineering, behavioral and coding questions. A rubric score for every answer, with the evidence behind it.
            </div>
          </div>
          <div style={{ display: "flex", fontSize: 22, color: MUTED }}>Four tracks - intern to senior - free to start</div>
        </div>
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            width: 472,
            background: "#ffffff",
            border: "2px solid #e2e8f0",
            borderRadius: 28,
            padding: 36,
            boxShadow: "0 20px 40px rgba(15, 23, 42, 0.12)",
          }}
        >
          <div style={{ display: "flex", fontSize: 22, color: MUTED }}>{ascii(`${trackName} | ${levelName} | sample answer`)}</div>
          <div style={{ display: "flex", alignItems: "flex-end", marginTop: 24 }}>
            <div style={{ display: "flex", fontSize: 96, color: INK, lineHeight: 1 }}>{String(score.total)}</div>
            <div style={{ display: "flex", fontSize: 32, color: MUTED, marginLeft: 8, marginBottom: 8 }}>/100</div>
          </div>
          <div style={{ display: "flex", flexDirection: "column", marginTop: 12 }}>
            {score.dimensions.map((dimension) => (
              <div key={dimension.key} style={{ display: "flex", flexDirection: "column", marginTop: 14 }}>
                <div style={{ display: "flex", justifyContent: "space-between", fontSize: 22, color: INK }}>
                  <span>{ascii(dimension.label)}</span>
                  <span>{`${formatDimensionPoints(dimension.score)}/${formatDimensionPoints(dimension.max)}`}</span>
                </div>
                <div style={{ display: "flex", marginTop: 6, height: 12, borderRadius: 6, background: "#f1f5f9" }}>
                  <div style={{ display: "flex", width: `${(dimension.score / dimension.max) * 100}%`, height: 12, borderRadius: 6, background: BRAND }} />
                </div>
              </div>
            ))}
          </div>
        </div>
      </div>
    ),
    SOCIAL_CARD_SIZE,
  );
}
