// Makes the built Redoc page fully offline: the inline bundle still points the
// "API docs by Redocly" badge at a CDN image. Replace such URLs with inline SVG data.
const BADGE_SVG =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#555">Redocly</text></svg>',
  );

const REPLACEMENTS: ReadonlyArray<readonly [string, string]> = [
  ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", BADGE_SVG],
  ["https://cdn.redoc.ly/redoc/logo-mini.svg", BADGE_SVG],
];

export function makeOffline(html: string): { html: string; replaced: number } {
  let replaced = 0;
  let out = html;
  for (const [from, to] of REPLACEMENTS) {
    const parts = out.split(from);
    replaced += parts.length - 1;
    out = parts.join(to);
  }
  return { html: out, replaced };
}
