// Redoc lays code samples out with `white-space: pre` and a scrollbar that only shows while
// scrolling, so a line wider than the sample panel looks cut off at its edge. The samples are
// formatted to the panel's width (code-samples.ts); what cannot be broken there (a long URL in a
// curl sample, a long example string) wraps instead of running under the edge.
// !important: Redoc's own rule for the block doubles its generated class (`.x.x`), which outranks
// any plain selector of ours, and the generated class names change between Redoc builds
const STYLE = `<style data-sobot="sample-wrap">
  .panel-request-samples pre { white-space: pre-wrap !important; overflow-wrap: anywhere; }
</style>`;

export function wrapSampleLines(html: string): string {
  const head = html.indexOf("</head>");
  if (head < 0) throw new Error("the built page has no </head>: cannot add the sample style");
  return html.slice(0, head) + STYLE + "\n" + html.slice(head);
}
