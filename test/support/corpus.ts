import path from 'node:path';
import { projectRoot } from '../../src/project-paths.ts';

/** The shared corpus is read by path, never copied into the repository. */
export const corpusDir = path.resolve(projectRoot, '..', 'shared', 'corpus');
export const listingFile = path.join(corpusDir, 'trending-papers-listing.txt');
