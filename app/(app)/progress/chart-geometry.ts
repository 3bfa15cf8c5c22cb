/** Scales a series into an SVG viewBox; kept apart from the markup so it stays easy to check. */
export interface TPlotArea {
  width: number;
  height: number;
  /** Room for axis labels: left, right, top, bottom. */
  padding: { left: number; right: number; top: number; bottom: number };
}

export interface TPlotPoint {
  x: number;
  y: number;
}

/** Evenly spaced along x (one step per entry, not per calendar day), value 0..max upwards. */
export function plotPoints(values: readonly number[], max: number, area: TPlotArea): TPlotPoint[] {
  const innerWidth = area.width - area.padding.left - area.padding.right;
  const innerHeight = area.height - area.padding.top - area.padding.bottom;
  const step = values.length > 1 ? innerWidth / (values.length - 1) : 0;
  return values.map((value, index) => ({
    // A single point sits in the middle rather than stuck to the axis.
    x: area.padding.left + (values.length > 1 ? index * step : innerWidth / 2),
    y: area.padding.top + innerHeight * (1 - Math.min(Math.max(value, 0), max) / max),
  }));
}

export function linePath(points: readonly TPlotPoint[]): string {
  return points.map((point, index) => `${index === 0 ? "M" : "L"}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(" ");
}

/** y of a value on the same scale, for grid lines. */
export function yFor(value: number, max: number, area: TPlotArea): number {
  const innerHeight = area.height - area.padding.top - area.padding.bottom;
  return area.padding.top + innerHeight * (1 - value / max);
}
