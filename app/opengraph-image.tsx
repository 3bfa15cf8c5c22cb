import { socialCardImage } from "./_components/social-card";

// Literal exports: Next reads them to write og:image:alt, :width, :height and :type.
export const alt = "Rehearse: interview practice with a rubric score for every answer";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function OpenGraphImage() {
  return socialCardImage();
}
