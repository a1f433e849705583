/// <reference lib="webworker" />
import { type ForceInput, forceLayout } from './force-layout.ts';

/**
 * Runs the force layout off the page's thread and posts positions every few steps, so the page
 * keeps drawing and answering input while a large graph settles.
 */
const POST_EVERY = 5;

self.onmessage = (event: MessageEvent<ForceInput>) => {
  const { positions, iterations } = event.data;
  forceLayout(event.data, (step) => {
    if (step % POST_EVERY === POST_EVERY - 1 && step < iterations - 1) {
      self.postMessage({ positions: positions.slice(), done: false });
    }
  });
  self.postMessage({ positions, done: true });
};
