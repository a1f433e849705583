import { describe, expect, it } from 'vitest';
import { forceLayout } from './force-layout.ts';

const distanceBetween = (p: Float64Array, a: number, b: number) =>
  Math.hypot((p[2 * a] ?? 0) - (p[2 * b] ?? 0), (p[2 * a + 1] ?? 0) - (p[2 * b + 1] ?? 0));

describe('forceLayout', () => {
  it('spreads nodes that start on one point and keeps linked nodes closer than others', () => {
    // Two triangles joined by one link, all starting at the origin.
    const positions = new Float64Array(12);
    const edges = Uint32Array.from([0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3]);
    forceLayout({ positions, edges, iterations: 200 });
    expect([...positions].every(Number.isFinite)).toBe(true);
    for (let a = 0; a < 6; a += 1) {
      for (let b = a + 1; b < 6; b += 1)
        expect(distanceBetween(positions, a, b)).toBeGreaterThan(10);
    }
    expect(distanceBetween(positions, 0, 1)).toBeLessThan(distanceBetween(positions, 0, 4));
  });

  it('leaves fixed nodes where they are and places the others around them', () => {
    const positions = Float64Array.from([0, 0, 100, 0, 0, 0, 0, 0]);
    const fixed = Uint8Array.from([1, 1, 0, 0]);
    const edges = Uint32Array.from([0, 2, 0, 3, 0, 1]);
    forceLayout({ positions, edges, iterations: 100, fixed });
    expect([...positions.slice(0, 4)]).toEqual([0, 0, 100, 0]);
    expect(distanceBetween(positions, 2, 3)).toBeGreaterThan(10);
    expect(distanceBetween(positions, 2, 0)).toBeGreaterThan(10);
  });
});
