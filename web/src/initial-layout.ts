/**
 * Where nodes go before the force layout runs: each cluster packed as a sunflower (golden-angle
 * spiral), clusters side by side, biggest first. Linear in the number of nodes, so the first
 * drawing does not wait for the force layout, which then only refines it.
 */

export interface Point {
  x: number;
  y: number;
}

interface Placeable {
  id: string;
  community: number;
  weight: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring nodes of a sunflower. */
const SPACING = 34;

/** The i-th point of a sunflower around `centre`. */
export function sunflowerPoint(centre: Point, i: number, spacing = SPACING): Point {
  const radius = spacing * Math.sqrt(i + 0.5);
  const angle = i * GOLDEN_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

export function clusterPositions(nodes: readonly Placeable[]): Map<string, Point> {
  const clusters = new Map<number, Placeable[]>();
  for (const node of nodes) {
    const members = clusters.get(node.community) ?? [];
    members.push(node);
    clusters.set(node.community, members);
  }
  const ordered = [...clusters.values()].sort((a, b) => b.length - a.length);
  const positions = new Map<string, Point>();
  // Clusters are themselves laid on a sunflower whose i-th slot is as far out as the area of
  // the clusters before it needs.
  let before = 0;
  ordered.forEach((members, i) => {
    const distance = i === 0 ? 0 : SPACING * 1.25 * Math.sqrt(before + members.length / 2) + 40;
    const angle = i * GOLDEN_ANGLE;
    const centre = { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
    members
      .sort((a, b) => b.weight - a.weight)
      .forEach((node, j) => {
        positions.set(node.id, sunflowerPoint(centre, j));
      });
    before += members.length;
  });
  return positions;
}
