/**
 * Jusur's mark: a bridge (جسور, "bridges") of two arches on one deck, drawn
 * in one colour on a 32-unit square. The admin's logo and icon draw it with
 * the theme's text colour; the browser tab gets it as an SVG favicon.
 */
export const MARK_VIEWBOX = '0 0 32 32'

/** The strokes: the deck, two arches and their piers. */
export const MARK_PATHS = [
  'M2 22h28',
  'M4 22c0-6 5-10 12-10s12 4 12 10',
  'M10 22v-7.5M16 22v-10M22 22v-7.5',
  'M4 22v5M28 22v5',
]

/** The mark as a standalone SVG document, for the favicon (a data: URL: no file to serve). */
export const markSvg = (colour: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round">${MARK_PATHS.map((d) => `<path d="${d}"/>`).join('')}</svg>`

export const markDataUrl = (colour: string): string =>
  `data:image/svg+xml,${encodeURIComponent(markSvg(colour))}`

/** The product's name in both languages, Arabic first. */
export const PRODUCT_NAME = { ar: 'جسور', en: 'Jusur' } as const
