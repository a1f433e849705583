/**
 * The chart of the side-by-side report: p50 latency at one client against corpus size, one
 * colour per query, this server solid and @neo4j/graphql dashed, both axes logarithmic.
 * Hand-written SVG: a dozen lines and labels need no chart library.
 */
export interface Series {
  name: string;
  /** [papers, p50 ms] in size order; NaN where a row failed. */
  ours: [number, number][];
  ng: [number, number][];
}

const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];
const WIDTH = 820;
const HEIGHT = 420;
const PLOT = { left: 70, right: 310, top: 30, bottom: 60 };

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Powers of ten covering [min, max], with 2 and 5 between them when the range is short. */
function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= min && v <= max) out.push(v);
    }
  }
  return out;
}

/** `notes[i]` is printed under size i (the load it was timed at: it moves p50 as much as size does). */
export function p50Chart(series: Series[], sizes: number[], notes: string[] = []): string {
  const values = series
    .flatMap((s) => [...s.ours, ...s.ng].map(([, ms]) => ms))
    .filter((ms) => Number.isFinite(ms) && ms > 0);
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...values, 1)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...values, 10)));
  const xMin = Math.min(...sizes) / 2;
  const xMax = Math.max(...sizes) * 2;
  const w = WIDTH - PLOT.left - PLOT.right;
  const h = HEIGHT - PLOT.top - PLOT.bottom;
  const x = (papers: number) => PLOT.left + (w * Math.log(papers / xMin)) / Math.log(xMax / xMin);
  const y = (ms: number) => PLOT.top + h - (h * Math.log(ms / yMin)) / Math.log(yMax / yMin);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    '<title>p50 latency at one client against corpus size: this server and @neo4j/graphql</title>',
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${PLOT.left}" y="18" font-size="14">p50 latency at 1 client against corpus size (log–log)</text>`,
  ];
  for (const v of ticks(yMin, yMax)) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.left + w}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${PLOT.left - 6}" y="${y(v) + 4}" text-anchor="end">${v} ms</text>`,
    );
  }
  sizes.forEach((papers, i) => {
    parts.push(
      `<line x1="${x(papers)}" x2="${x(papers)}" y1="${PLOT.top}" y2="${PLOT.top + h}" stroke="#ddd"/>`,
      `<text x="${x(papers)}" y="${PLOT.top + h + 16}" text-anchor="middle">${papers.toLocaleString('en')}</text>`,
      `<text x="${x(papers)}" y="${PLOT.top + h + 30}" text-anchor="middle" fill="#666">${escapeXml(notes[i] ?? '')}</text>`,
    );
  });
  parts.push(
    `<text x="${PLOT.left + w / 2}" y="${HEIGHT - 10}" text-anchor="middle">papers in the graph (and the 1-minute load average on 2 CPUs when timed)</text>`,
  );
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    for (const [points, dash] of [
      [s.ours, ''],
      [s.ng, ' stroke-dasharray="6 4"'],
    ] as const) {
      const kept = points.filter(([, ms]) => Number.isFinite(ms) && ms > 0);
      if (kept.length > 1) {
        const d = kept.map(([p, ms]) => `${x(p).toFixed(1)},${y(ms).toFixed(1)}`).join(' ');
        parts.push(
          `<polyline points="${d}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`,
        );
      }
      for (const [p, ms] of kept)
        parts.push(
          `<circle cx="${x(p).toFixed(1)}" cy="${y(ms).toFixed(1)}" r="3" fill="${colour}"/>`,
        );
    }
    const ly = PLOT.top + 10 + i * 20;
    parts.push(
      `<line x1="${WIDTH - PLOT.right + 20}" x2="${WIDTH - PLOT.right + 45}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${WIDTH - PLOT.right + 50}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  });
  const ly = PLOT.top + 20 + series.length * 20;
  parts.push(
    `<line x1="${WIDTH - PLOT.right + 20}" x2="${WIDTH - PLOT.right + 45}" y1="${ly}" y2="${ly}" stroke="#333" stroke-width="2"/>`,
    `<text x="${WIDTH - PLOT.right + 50}" y="${ly + 4}">this server</text>`,
    `<line x1="${WIDTH - PLOT.right + 20}" x2="${WIDTH - PLOT.right + 45}" y1="${ly + 20}" y2="${ly + 20}" stroke="#333" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<text x="${WIDTH - PLOT.right + 50}" y="${ly + 24}">@neo4j/graphql</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
