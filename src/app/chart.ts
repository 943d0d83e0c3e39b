/** SVG → PNG with resvg (a Rust SVG renderer), for charts sent as images. */
import { Resvg } from '@resvg/resvg-js';

/** The PNG of an SVG, base64-encoded for a Reply file. */
export function svgToPngBase64(svg: string): string {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false } }).render().asPng()).toString('base64');
}
