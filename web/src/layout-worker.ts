/// <reference lib="webworker" />
import { forceLayout } from './force-layout.ts';

/**
 * Runs the force layout off the page's thread and posts positions every few steps, so the page
 * keeps drawing and answering input while a large graph settles.
 */
const POST_EVERY = 5;

self.onmessage = (
  event: MessageEvent<{ positions: Float64Array; edges: Uint32Array; iterations: number }>,
) => {
  const { positions, edges, iterations } = event.data;
  forceLayout({ positions, edges, iterations }, (step) => {
    if (step % POST_EVERY === POST_EVERY - 1 && step < iterations - 1) {
      self.postMessage({ positions: positions.slice(), done: false });
    }
  });
  self.postMessage({ positions, done: true });
};
