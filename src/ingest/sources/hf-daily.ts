import type { ParseResult, RawPaper } from '../raw-paper.ts';
import { compactPaper } from '../raw-paper.ts';
import { jsonErrorReason } from './json-error.ts';
import { asObject, fieldsOf, kindOf, RecordError } from './json-record.ts';

/**
 * The Hugging Face daily-papers API response: a JSON array of
 * `{paper: {id, title, summary, authors: [{name}], publishedAt, githubRepo?}, …}` where `id` is
 * the arXiv id. Each element is checked on its own and named by a JSON pointer (`file#/3`);
 * a file that is not a JSON array is one rejection, since no element can be told apart.
 */
export function parseHfDaily(text: string, fileName: string): ParseResult {
  const result: ParseResult = { papers: [], rejections: [] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    result.rejections.push({ origin: fileName, reason: jsonErrorReason(error) });
    return result;
  }
  if (!Array.isArray(document)) {
    const reason = `expected a JSON array of daily papers, found ${kindOf(document)}`;
    result.rejections.push({ origin: fileName, reason });
    return result;
  }
  document.forEach((element: unknown, index) => {
    const origin = `${fileName}#/${index}`;
    try {
      result.papers.push(toPaper(element, origin));
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      result.rejections.push({ origin, reason: error.message });
    }
  });
  return result;
}

function toPaper(element: unknown, origin: string): RawPaper {
  const entry = asObject(element, 'the element');
  const fields = fieldsOf(asObject(entry.paper, 'paper'), 'paper.');
  const id = fields.arxivId('id');
  const repository = fields.url('githubRepo');
  return compactPaper({
    id,
    title: fields.text('title'),
    abstract: fields.text('summary'),
    authors: fields.names('authors'),
    published: fields.date('publishedAt'),
    // The record's own page on Hugging Face: the source names the paper by this id.
    url: id ? `https://huggingface.co/papers/${id}` : undefined,
    repositories: repository ? [repository] : undefined,
    origin,
    source: 'hf-daily',
  });
}
