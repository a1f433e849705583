import type {
  AuthorDetails,
  EntityDetails,
  NodeDetails,
  PaperDetails,
  RepositoryDetails,
} from './api.ts';
import { h } from './dom.ts';
import { type Span, segmentText } from './highlight.ts';
import { KIND_LABELS } from './theme.ts';

/** What the panel's buttons ask of the page. */
export interface DetailsActions {
  /** Show this node: select it when drawn, else draw its neighbourhood. */
  show(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
}

const nodeButton = (id: string, text: string, actions: DetailsActions) => {
  const button = h('button', { type: 'button', class: 'link-button' }, text);
  button.addEventListener('click', () => actions.show(id));
  return button;
};

function actionBar(id: string, actions: DetailsActions): HTMLElement {
  const expand = h('button', { type: 'button' }, 'Expand neighbourhood');
  expand.addEventListener('click', () => actions.expand(id));
  const path = h('button', { type: 'button' }, 'Path from here…');
  path.addEventListener('click', () => actions.pathFrom(id));
  return h('div', { class: 'actions' }, expand, path);
}

function section(title: string, ...content: (Node | string | null | false)[]): HTMLElement {
  return h('section', {}, h('h3', {}, title), ...content);
}

function list(items: Node[], empty: string): HTMLElement {
  if (!items.length) return h('p', { class: 'hint' }, empty);
  return h('ul', {}, ...items.map((item) => h('li', {}, item)));
}

/** The abstract with every extracted mention marked by its entity's kind. */
function markedAbstract(paper: PaperDetails): HTMLElement {
  const spans: Span[] = paper.entities.flatMap(({ entity, role, provenance }) =>
    provenance.mentions
      .filter((mention) => mention.field === 'abstract')
      .map((mention) => ({
        start: mention.start,
        end: mention.end,
        kind: entity.kind.toLowerCase(),
        title: `${entity.name} (${entity.kind.toLowerCase()}, ${role.toLowerCase()})`,
      })),
  );
  const paragraph = h('p', { class: 'abstract' });
  for (const segment of segmentText(paper.abstract, spans)) {
    paragraph.append(
      segment.span
        ? h('mark', { class: `kind-${segment.span.kind}`, title: segment.span.title }, segment.text)
        : segment.text,
    );
  }
  return paragraph;
}

function paperView(paper: PaperDetails, actions: DetailsActions): HTMLElement[] {
  const meta = [paper.published, paper.arxivId && `arXiv ${paper.arxivId}`].filter(Boolean);
  return [
    h('p', { class: 'kind-badge kind-paper' }, 'Paper'),
    h('h2', {}, paper.title),
    h('p', { class: 'meta' }, meta.join(' · ')),
    paper.pageUrl
      ? h('p', {}, h('a', { href: paper.pageUrl, rel: 'noopener', target: '_blank' }, 'Paper page'))
      : null,
    actionBar(paper.id, actions),
    section(
      'Code',
      list(
        paper.codeLinks.map(({ repository, paths }) =>
          h(
            'span',
            {},
            h(
              'a',
              { href: repository.url, rel: 'noopener', target: '_blank', class: 'repo-link' },
              repository.url,
            ),
            paths.length ? ` (${paths.join(', ')})` : '',
          ),
        ),
        'No code linked.',
      ),
    ),
    section('Abstract', markedAbstract(paper)),
    section(
      'Entities',
      list(
        paper.entities.map(({ entity, role }) =>
          h(
            'span',
            {},
            nodeButton(entity.id, entity.name, actions),
            ` ${entity.kind.toLowerCase()}, ${role.toLowerCase()}`,
          ),
        ),
        'None extracted.',
      ),
    ),
    section(
      'Authors',
      list(
        paper.authors.map((author) => nodeButton(author.id, author.name, actions)),
        'Not given.',
      ),
    ),
  ].filter((element): element is HTMLElement => element !== null);
}

function entityView(entity: EntityDetails, actions: DetailsActions): HTMLElement[] {
  const kind = entity.kind.toLowerCase();
  return [
    h('p', { class: `kind-badge kind-${kind}` }, KIND_LABELS[kind] ?? kind),
    h('h2', {}, entity.name),
    h('p', { class: 'meta' }, `${entity.paperCount} paper${entity.paperCount === 1 ? '' : 's'}`),
    actionBar(entity.id, actions),
    section(
      'Also called',
      list(
        entity.aliases.map((alias) => document.createTextNode(alias)),
        'No other names.',
      ),
    ),
    entity.repositories
      ? section(
          'Code',
          list(
            entity.repositories.map((repository) =>
              h(
                'a',
                { href: repository.url, rel: 'noopener', target: '_blank', class: 'repo-link' },
                repository.url,
              ),
            ),
            'No code linked.',
          ),
        )
      : null,
    section(
      'Related entities',
      list(
        entity.related.map(({ entity: other, score, cooccurrences }) =>
          h(
            'span',
            {},
            nodeButton(other.id, other.name, actions),
            ` ${other.kind.toLowerCase()}, ${cooccurrences} shared, score ${score.toFixed(2)}`,
          ),
        ),
        'None.',
      ),
    ),
    section(
      'Papers',
      list(
        entity.entityPapers.edges.map(({ node, role }) =>
          h('span', {}, nodeButton(node.id, node.title, actions), ` ${role.toLowerCase()}`),
        ),
        'None.',
      ),
    ),
  ].filter((element): element is HTMLElement => element !== null);
}

function ownerView(
  owner: RepositoryDetails | AuthorDetails,
  actions: DetailsActions,
): HTMLElement[] {
  const isRepository = owner.__typename === 'Repository';
  return [
    h(
      'p',
      { class: `kind-badge kind-${isRepository ? 'repository' : 'author'}` },
      owner.__typename,
    ),
    h(
      'h2',
      {},
      isRepository
        ? h(
            'a',
            { href: owner.url, rel: 'noopener', target: '_blank', class: 'repo-link' },
            owner.url,
          )
        : owner.name,
    ),
    h('p', { class: 'meta' }, `${owner.paperCount} paper${owner.paperCount === 1 ? '' : 's'}`),
    actionBar(owner.id, actions),
    section(
      'Papers',
      list(
        owner.papers.map((paper) => nodeButton(paper.id, paper.title, actions)),
        'None.',
      ),
    ),
  ];
}

/** Renders a node's details into the side panel. */
export function renderDetails(
  panel: HTMLElement,
  details: NodeDetails,
  actions: DetailsActions,
): void {
  const content =
    details.__typename === 'Paper'
      ? paperView(details, actions)
      : details.__typename === 'Repository' || details.__typename === 'Author'
        ? ownerView(details, actions)
        : entityView(details, actions);
  panel.replaceChildren(...content);
  panel.dataset.nodeId = details.id;
}

export function renderDetailsMessage(panel: HTMLElement, message: string): void {
  panel.replaceChildren(h('p', { class: 'hint' }, message));
  delete panel.dataset.nodeId;
}
