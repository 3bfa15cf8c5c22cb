import { socialCardImage } from "./_components/social-card";

// The same picture as the Open Graph image; Twitter/X reads its own tags.
export const alt = "Rehearse: interview practice with a rubric score for every answer";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function TwitterImage() {
  return socialCardImage();
}
