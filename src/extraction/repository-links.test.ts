import { describe, expect, it } from 'vitest';
import { findRepositoryLinks, repositoryKey } from './repository-links.ts';

describe('findRepositoryLinks', () => {
  it('drops the full stop glued to the end of a GitHub URL', () => {
    const text = 'Code is available at https://github.com/whai362/PVT.';
    const [link] = findRepositoryLinks(text);
    expect(link).toMatchObject({
      kind: 'code',
      host: 'github',
      owner: 'whai362',
      name: 'PVT',
      url: 'https://github.com/whai362/PVT',
      text: 'https://github.com/whai362/PVT',
    });
    expect(link && text.slice(link.start, link.end)).toBe('https://github.com/whai362/PVT');
  });

  it('keeps a sub-folder link as a path inside its repository', () => {
    const [link] = findRepositoryLinks(
      'see https://github.com/X-PLUG/mPLUG-DocOwl/tree/main/TinyChart.',
    );
    expect(link).toMatchObject({
      kind: 'code',
      owner: 'X-PLUG',
      name: 'mPLUG-DocOwl',
      path: 'TinyChart',
      url: 'https://github.com/X-PLUG/mPLUG-DocOwl',
    });
  });

  it('treats a github.io project page as a homepage, not a repository', () => {
    const [link] = findRepositoryLinks('Project page: https://odin-seg.github.io.');
    expect(link).toMatchObject({
      kind: 'homepage',
      host: 'odin-seg.github.io',
      url: 'https://odin-seg.github.io',
    });
  });

  it('strips a closing parenthesis that belongs to the sentence but keeps balanced ones', () => {
    const links = findRepositoryLinks(
      '(code: https://github.com/a/b) and https://en.wikipedia.org/wiki/Foo_(bar), too',
    );
    expect(links.map((l) => l.text)).toEqual([
      'https://github.com/a/b',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ]);
  });

  it('normalises .git suffixes, www and missing schemes', () => {
    const links = findRepositoryLinks(
      'clone www.github.com/Owner/Repo.git or github.com/owner/repo',
    );
    expect(links.map((l) => l.url)).toEqual([
      'https://github.com/Owner/Repo',
      'https://github.com/owner/repo',
    ]);
    expect(new Set(links.map(repositoryKey)).size).toBe(1);
  });

  it('reads GitLab sub-groups, Bitbucket and the three kinds of Hugging Face repositories', () => {
    const links = findRepositoryLinks(
      [
        'https://gitlab.com/group/sub/project/-/tree/main/src',
        'https://bitbucket.org/team/tool/src/master/lib',
        'https://huggingface.co/meta-llama/Llama-2-7b',
        'https://huggingface.co/datasets/squad/v2',
        'https://huggingface.co/spaces/user/demo',
        'https://huggingface.co/papers/2403.01234',
      ].join(' '),
    );
    expect(
      links.map((l) =>
        l.kind === 'code' ? [l.host, l.owner, l.name, l.path ?? l.hfType] : [l.kind, l.url],
      ),
    ).toEqual([
      ['gitlab', 'group/sub', 'project', 'src'],
      ['bitbucket', 'team', 'tool', 'lib'],
      ['huggingface', 'meta-llama', 'Llama-2-7b', 'model'],
      ['huggingface', 'squad', 'v2', 'dataset'],
      ['huggingface', 'user', 'demo', 'space'],
      ['homepage', 'https://huggingface.co/papers/2403.01234'],
    ]);
  });

  it('treats a GitHub user page without a repository as a homepage', () => {
    expect(findRepositoryLinks('https://github.com/whai362')[0]?.kind).toBe('homepage');
  });

  it('finds nothing in text without links', () => {
    expect(findRepositoryLinks('We crawled 54,070 Jupyter notebooks from Github.')).toEqual([]);
  });
});
