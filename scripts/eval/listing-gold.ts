/**
 * Listing evaluation against test/fixtures/listing-gold.json: proposed names per paper matched
 * by canonical key (an acronym definition matches through its long form or its acronym), and
 * code-repository URLs per paper.
 */
import { canonicalKey } from '../../src/extraction/canonical-key.ts';
import type { Extraction } from '../../src/extraction/types.ts';
import type { Counts } from './scores.ts';

export interface GoldPaper {
  title: string;
  proposed: string[];
  repositories: string[];
  homepages: string[];
}

/** Keys a gold name answers to: "Long Form (ACR)" gives both the long form's and ACR's. */
export function goldKeys(name: string): string[] {
  const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(name);
  return match
    ? [canonicalKey(match[1] as string), canonicalKey(match[2] as string)]
    : [canonicalKey(name)];
}

const normalUrl = (url: string) => url.toLowerCase().replace(/\/+$/, '');

export interface ListingResult {
  proposed: Counts;
  repositories: Counts;
  misses: string[];
}

export function evaluateListing(gold: GoldPaper[], extractions: Extraction[]): ListingResult {
  const proposed: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  const repositories: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  const misses: string[] = [];
  for (const paper of gold) {
    const extraction = extractions.find((e) => e.title === paper.title);
    const predicted = (extraction?.entities ?? []).filter((e) => e.role === 'proposed');
    const matched = new Set<number>();
    proposed.gold += paper.proposed.length;
    proposed.predicted += predicted.length;
    for (const name of paper.proposed) {
      const keys = goldKeys(name);
      const hit = predicted.findIndex(
        (entity, index) =>
          !matched.has(index) &&
          [entity.key, ...entity.aliases.map(canonicalKey)].some((key) => keys.includes(key)),
      );
      if (hit >= 0) {
        matched.add(hit);
        proposed.truePositives += 1;
      } else misses.push(`missed   ${name}   (${paper.title.slice(0, 50)})`);
    }
    predicted.forEach((entity, index) => {
      if (!matched.has(index))
        misses.push(`spurious ${entity.name}   (${paper.title.slice(0, 50)})`);
    });
    const goldUrls = new Set(paper.repositories.map(normalUrl));
    const predictedUrls = new Set(
      (extraction?.repositories ?? [])
        .filter((r) => r.kind === 'code')
        .map((r) => normalUrl(r.url)),
    );
    repositories.gold += goldUrls.size;
    repositories.predicted += predictedUrls.size;
    for (const url of predictedUrls) if (goldUrls.has(url)) repositories.truePositives += 1;
  }
  return { proposed, repositories, misses };
}
