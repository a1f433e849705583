import {
  ApiError,
  fetchDetails,
  fetchNeighborhood,
  fetchPath,
  type GraphNode,
  type Subgraph,
} from './api.ts';
import {
  ENTITY_KINDS,
  kindLabel,
  NODE_TYPES,
  renderFilter,
  renderLegend,
  syncSelects,
  typeLabel,
} from './controls.ts';
import { renderDetails, renderDetailsMessage } from './details-panel.ts';
import { byId, h } from './dom.ts';
import { type DrawTiming, GraphView, type LayoutTiming } from './graph-view.ts';
import { createSearchBox } from './search-box.ts';
import { KIND_LABELS } from './theme.ts';
import { parseViewState, type ViewState, viewStateQuery } from './url-state.ts';

/** What the page measured, read by the browser test and printed there. */
interface ExplorerMetrics {
  draws: DrawTiming[];
  layouts: LayoutTiming[];
}

declare global {
  interface Window {
    explorer: { view: GraphView; metrics: ExplorerMetrics; idle: () => boolean };
  }
}

const status = byId<HTMLDivElement>('status');
const details = byId<HTMLDivElement>('details');
const empty = byId<HTMLParagraphElement>('graph-empty');
const depthSelect = byId<HTMLSelectElement>('depth');
const limitSelect = byId<HTMLSelectElement>('limit');
const pathButton = byId<HTMLButtonElement>('path-mode');
const clearPathButton = byId<HTMLButtonElement>('clear-path');
const nodeListSummary = byId<HTMLElement>('node-list-summary');
const nodeListItems = byId<HTMLUListElement>('node-list-items');

let state: ViewState = parseViewState(location.search);
const metrics: ExplorerMetrics = { draws: [], layouts: [] };
let pending = 0;
/** Path mode: null when off, else the first end once chosen. */
let pathPick: { from?: string } | null = null;

function say(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
  status.setAttribute('role', isError ? 'alert' : 'status');
}

const describeError = (error: unknown) =>
  error instanceof ApiError ? error.message : `Unexpected error: ${(error as Error).message}`;

/** Runs a piece of page work, counting it so the tests can wait for the page to settle. */
async function work<T>(task: () => Promise<T>): Promise<T | undefined> {
  pending += 1;
  try {
    return await task();
  } catch (error) {
    say(describeError(error), true);
    return undefined;
  } finally {
    pending -= 1;
  }
}

function commit(next: ViewState, mode: 'push' | 'replace' = 'replace'): void {
  state = next;
  const url = `${location.pathname}${viewStateQuery(state)}`;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

const view = new GraphView(byId('graph'), {
  onPick: (id) => pick(id),
  // In path mode a double-click is two picks, not an expansion.
  onExpand: (id) => {
    if (!pathPick) void expand(id);
  },
});

function renderNodeList(): void {
  const nodes = view.nodes();
  nodeListSummary.textContent = `Nodes in the graph (${nodes.length})`;
  nodeListItems.replaceChildren(
    ...nodes.map((node: GraphNode) => {
      const button = h('button', { type: 'button', class: 'link-button' }, node.label);
      button.addEventListener('click', () => pick(node.id));
      return h('li', {}, button, ` ${KIND_LABELS[node.kind] ?? node.kind}`);
    }),
  );
}

function afterDraw(subgraph: Subgraph): void {
  empty.hidden = subgraph.nodes.length > 0;
  if (!subgraph.nodes.length) {
    empty.textContent = 'Nothing to draw: no node matches these filters. Widen them above.';
  }
  renderNodeList();
}

/** Draws the state's neighbourhood, then its selection and path. */
async function load(): Promise<void> {
  syncSelects(depthSelect, limitSelect, state);
  syncTypes(state.types);
  syncKinds(state.kinds);
  const start = state.node;
  if (!start) {
    empty.hidden = false;
    return;
  }
  await work(async () => {
    say('Loading the neighbourhood…');
    const subgraph = await fetchNeighborhood({
      ids: [start, ...state.expand],
      depth: state.depth,
      limit: state.limit,
      types: state.types,
      kinds: state.kinds,
    });
    const timing = await view.draw(subgraph, performance.now());
    metrics.draws.push(timing);
    afterDraw(subgraph);
    say(`${subgraph.nodes.length} nodes and ${subgraph.edges.length} links.`);
    void view.runLayout().then((layout) => metrics.layouts.push(layout));
    if (state.selected) await showDetails(state.selected);
    if (state.from && state.to) await showPath(state.from, state.to);
  });
}

async function showDetails(id: string): Promise<void> {
  view.focus(id);
  await work(async () => {
    const found = await fetchDetails(id);
    if (!found) renderDetailsMessage(details, 'This node no longer exists.');
    else renderDetails(details, found, actions);
  });
}

async function showPath(from: string, to: string): Promise<void> {
  await work(async () => {
    say('Looking for the shortest path…');
    const path = await fetchPath(from, to);
    pathPick = null;
    syncPathButton();
    if (!path) {
      view.markPathEnd(undefined);
      say('No path of at most 6 links joins these two nodes.');
      return;
    }
    view.markPathEnd(undefined);
    view.showPath(path);
    renderNodeList();
    clearPathButton.hidden = false;
    const names = path.nodes.map((node) => node.label).join(' → ');
    say(`Shortest path, ${path.length} link${path.length === 1 ? '' : 's'}: ${names}`);
  });
}

/** A node was chosen on the canvas or in the list. */
function pick(id: string): void {
  if (pathPick) {
    if (!pathPick.from) {
      pathPick.from = id;
      view.markPathEnd(id);
      say('Path: now choose the second node.');
    } else if (pathPick.from !== id) {
      commit({ ...state, from: pathPick.from, to: id });
      void showPath(pathPick.from, id);
    }
    return;
  }
  commit({ ...state, selected: id });
  void showDetails(id);
}

async function expand(id: string): Promise<void> {
  await work(async () => {
    say('Expanding…');
    const subgraph = await fetchNeighborhood({
      ids: [id],
      depth: 1,
      limit: state.limit,
      types: state.types,
      kinds: state.kinds,
    });
    const added = view.merge(subgraph, id);
    if (added.size) void view.runLayout({ iterations: 150, only: added });
    if (!state.expand.includes(id) && id !== state.node) {
      commit({ ...state, expand: [...state.expand, id] });
    }
    renderNodeList();
    say(added.size ? `Added ${added.size} nodes around it.` : 'Nothing new around this node.');
  });
}

const actions = {
  show(id: string) {
    if (view.has(id)) pick(id);
    else {
      commit(
        { ...state, node: id, selected: id, expand: [], from: undefined, to: undefined },
        'push',
      );
      void load();
    }
  },
  expand: (id: string) => void expand(id),
  pathFrom(id: string) {
    pathPick = { from: id };
    view.markPathEnd(id);
    syncPathButton();
    say('Path: now choose the second node.');
  },
};

function syncPathButton(): void {
  pathButton.setAttribute('aria-pressed', String(pathPick !== null));
}

pathButton.addEventListener('click', () => {
  pathPick = pathPick ? null : {};
  view.markPathEnd(undefined);
  syncPathButton();
  say(pathPick ? 'Path: choose the first node.' : '');
});

clearPathButton.addEventListener('click', () => {
  view.clearPath();
  clearPathButton.hidden = true;
  commit({ ...state, from: undefined, to: undefined });
  say('');
});

byId('fit').addEventListener('click', () => view.fit());

depthSelect.addEventListener('change', () => {
  commit({ ...state, depth: Number(depthSelect.value) }, 'push');
  void load();
});
limitSelect.addEventListener('change', () => {
  commit({ ...state, limit: Number(limitSelect.value) }, 'push');
  void load();
});

const syncTypes = renderFilter(byId('type-filter'), NODE_TYPES, typeLabel, (types) => {
  commit({ ...state, types }, 'push');
  void load();
});
const syncKinds = renderFilter(byId('kind-filter'), ENTITY_KINDS, kindLabel, (kinds) => {
  commit({ ...state, kinds }, 'push');
  void load();
});

createSearchBox({
  form: byId('search-form'),
  input: byId('search-input'),
  listbox: byId('search-suggestions'),
  onChoose(hit) {
    commit(
      { ...state, node: hit.id, selected: hit.id, expand: [], from: undefined, to: undefined },
      'push',
    );
    void load();
  },
  onMessage: (message, isError) => say(message, isError),
});

window.addEventListener('popstate', () => {
  state = parseViewState(location.search);
  void load();
});

renderLegend(byId('legend'));
window.explorer = { view, metrics, idle: () => pending === 0 && !view.moving };
void load();
