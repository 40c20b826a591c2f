/** Canvas text helpers shared by the charts' own drawing (bar-labels.ts, records-chart/draw.ts). */

/** Text with a halo in the background colour, so grid lines, other lines and points never run through it. */
export function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, halo: string): void {
  ctx.save();
  ctx.setLineDash([]);
  ctx.lineWidth = 4;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = halo;
  ctx.strokeText(text, x, y);
  ctx.restore();
  ctx.fillText(text, x, y);
}
