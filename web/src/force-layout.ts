// biome-ignore-all lint/style/noNonNullAssertion: every typed-array read in this hot loop is within bounds by construction
/**
 * A Fruchterman–Reingold force layout over flat arrays, written for a Web Worker: nodes push
 * each other apart, links pull their ends together, a pull to the centre keeps separate
 * components in view, and the step size cools to zero. Quadratic per iteration, which is about
 * a millisecond for 500 nodes off the main thread.
 */

export interface ForceInput {
  /** x0, y0, x1, y1, … : the starting positions, changed in place. */
  positions: Float64Array;
  /** source0, target0, source1, target1, … : node indexes. */
  edges: Uint32Array;
  iterations: number;
  /** Preferred distance between linked nodes. */
  distance?: number;
  /** 1 for nodes that stay where they are (they still push and pull the others). */
  fixed?: Uint8Array;
}

/** Runs `iterations` steps, calling `onStep` after each with the step number. */
export function forceLayout(
  { positions, edges, iterations, distance = 70, fixed }: ForceInput,
  onStep: (step: number) => void = () => {},
): Float64Array {
  const n = positions.length / 2;
  const k2 = distance * distance;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const startTemperature = distance * 2;
  for (let step = 0; step < iterations; step += 1) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i += 1) {
      const xi = positions[2 * i]!;
      const yi = positions[2 * i + 1]!;
      for (let j = i + 1; j < n; j += 1) {
        let ddx = xi - positions[2 * j]!;
        let ddy = yi - positions[2 * j + 1]!;
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) {
          // Coincident nodes: push apart in a direction fixed by their indexes.
          ddx = Math.cos(i + j);
          ddy = Math.sin(i + j);
          d2 = 1;
        }
        const push = k2 / d2;
        dx[i]! += ddx * push;
        dy[i]! += ddy * push;
        dx[j]! -= ddx * push;
        dy[j]! -= ddy * push;
      }
    }
    for (let e = 0; e < edges.length; e += 2) {
      const a = edges[e]!;
      const b = edges[e + 1]!;
      const ddx = positions[2 * a]! - positions[2 * b]!;
      const ddy = positions[2 * a + 1]! - positions[2 * b + 1]!;
      const pull = Math.sqrt(ddx * ddx + ddy * ddy) / distance;
      dx[a]! -= ddx * pull;
      dy[a]! -= ddy * pull;
      dx[b]! += ddx * pull;
      dy[b]! += ddy * pull;
    }
    const temperature = startTemperature * (1 - step / iterations);
    for (let i = 0; i < n; i += 1) {
      if (fixed?.[i]) continue;
      // Gravity 1 balances the repulsion at a radius of about distance × √n: a disc in which
      // each node has room of about 1.8 × distance.
      const gx = dx[i]! - positions[2 * i]!;
      const gy = dy[i]! - positions[2 * i + 1]!;
      const length = Math.sqrt(gx * gx + gy * gy);
      if (length === 0) continue;
      const move = Math.min(length, temperature) / length;
      positions[2 * i]! += gx * move;
      positions[2 * i + 1]! += gy * move;
    }
    onStep(step);
  }
  return positions;
}
