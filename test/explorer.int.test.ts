import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningHttpServer } from '../src/server/http-server.ts';
import { createYogaServer } from '../src/server/yoga.ts';
import {
  type Browser,
  buildExplorer,
  launchBrowser,
  screenshot,
  seriousAccessibilityViolations,
} from './support/browser.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

/** What the page exposes for tests (web/src/main.ts). */
interface ExplorerWindow {
  explorer: {
    view: {
      cy: {
        nodes(selector?: string): { map<T>(f: (n: CyNode) => T): T[] };
        getElementById(id: string): CyNode;
        container(): HTMLElement;
      };
    };
    metrics: {
      draws: { nodes: number; edges: number; firstDrawMs: number }[];
      layouts: {
        nodes: number;
        layoutMs: number;
        frames: number;
        medianFrameGapMs: number;
        longestFrameGapMs: number;
      }[];
    };
    idle(): boolean;
  };
}
interface CyNode {
  id(): string;
  position(): { x: number; y: number };
  renderedPosition(): { x: number; y: number };
}

const settle = (page: Page) =>
  page.waitForFunction(() => (window as unknown as ExplorerWindow).explorer?.idle(), undefined, {
    timeout: 30_000,
  });

const drawnIds = (page: Page, selector = 'node') =>
  page.evaluate(
    (sel) =>
      (window as unknown as ExplorerWindow).explorer.view.cy
        .nodes(sel)
        .map((node) => node.id())
        .sort(),
    selector,
  );

/** Clicks a node where it is drawn on the canvas, as a person would. */
async function nodePoint(page: Page, id: string) {
  const point = await page.evaluate((nodeId) => {
    const { cy } = (window as unknown as ExplorerWindow).explorer.view;
    const box = cy.container().getBoundingClientRect();
    const at = cy.getElementById(nodeId).renderedPosition();
    const inside =
      at.x >= 0 &&
      at.y >= 0 &&
      at.x <= box.width &&
      at.y <= box.height &&
      box.left + at.x <= window.innerWidth &&
      box.top + at.y <= window.innerHeight;
    const seen = `node at ${JSON.stringify(at)} in a graph at ${JSON.stringify(box)}, window ${window.innerWidth}×${window.innerHeight}`;
    return { x: box.left + at.x, y: box.top + at.y, inside, seen };
  }, id);
  expect(point.inside, `node ${id} is within the visible graph: ${point.seen}`).toBe(true);
  return point;
}

async function clickNode(page: Page, id: string, clickCount = 1) {
  await settle(page);
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y, { clickCount });
}

describe('the explorer at /explore, in chromium, over the shared listing', () => {
  let db: TestGraph;
  let server: RunningHttpServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];
  const offsiteRequests: string[] = [];
  const api = () => createTestClient(db);

  // What the test looks for, chosen through the API: a paper with code, and the concept of
  // that paper with the most papers.
  let paper: { id: string; title: string; repositories: { url: string }[] };
  let concept: { id: string; name: string; papers: string[] };

  beforeAll(async () => {
    await buildExplorer();
    db = await openListingGraph();
    const yoga = createYogaServer({ graph: db.graph, logging: false });
    server = await listen(yoga, { host: '127.0.0.1', port: 0 });
    base = server.url.replace('/graphql', '').replace('localhost', '127.0.0.1');

    const { data } = await api().query<{
      papers: {
        edges: {
          node: {
            id: string;
            title: string;
            repositories: { url: string }[];
            entities: { entity: { id: string; name: string; kind: string; paperCount: number } }[];
          };
        }[];
      };
    }>(`{ papers(filter: { hasCode: true }, first: 20) { edges { node {
          id title repositories { url }
          entities(kind: CONCEPT) { entity { id name kind paperCount } } } } } }`);
    const candidates = data?.papers.edges.map((edge) => edge.node) ?? [];
    const withConcept = candidates.find((node) =>
      node.entities.some(({ entity }) => entity.paperCount >= 3 && entity.paperCount <= 50),
    );
    if (!withConcept)
      throw new Error('the shared listing has no paper with code and a shared concept');
    paper = withConcept;
    const [chosen] = withConcept.entities
      .map(({ entity }) => entity)
      .filter((entity) => entity.paperCount <= 50)
      .sort((a, b) => b.paperCount - a.paperCount);
    if (!chosen) throw new Error('unreachable: withConcept has such a concept');
    const papers = await api().query<{
      node: { papers: { edges: { node: { id: string } }[] } };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Entity { papers(first: 50) { edges { node { id } } } } } }',
      {
        id: chosen.id,
      },
    );
    concept = {
      id: chosen.id,
      name: chosen.name,
      papers: papers.data?.node.papers.edges.map((edge) => edge.node.id) ?? [],
    };

    browser = await launchBrowser();
    page = browser.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Offline: the page may only talk to the server under test.
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
      offsiteRequests.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('links the explorer from / and from GraphiQL', async () => {
    const landing = await fetch(`${base}/`);
    expect(await landing.text()).toContain('href="/explore"');
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('href="/explore"');
    const missing = await fetch(`${base}/explore/assets/../../package.json`);
    expect(missing.status).not.toBe(200);
  });

  it('finds a concept through the search box and draws its papers', async () => {
    await page.goto(`${base}/explore`);
    expect(await page.locator('#graph-empty').isVisible()).toBe(true);
    const input = page.getByRole('combobox', { name: 'Search papers and entities' });
    await input.fill(concept.name);
    const option = page.getByRole('option').filter({ hasText: concept.name }).first();
    await option.waitFor();
    await screenshot(page, 'explorer-suggestions');
    // Keyboard only: arrows to the concept's suggestion, Enter chooses it.
    const options = await page.getByRole('option').allTextContents();
    const index = options.findIndex((text) => text.includes(concept.name));
    for (let i = 0; i <= index; i += 1) await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForFunction(
      (id) => document.getElementById('details')?.dataset.nodeId === id,
      concept.id,
    );
    await settle(page);
    const drawn = await drawnIds(page);
    expect(drawn).toContain(concept.id);
    for (const paperId of concept.papers) expect(drawn).toContain(paperId);
    expect(page.url()).toContain(`node=${encodeURIComponent(concept.id)}`);
    expect(await page.locator('#details h2').textContent()).toBe(concept.name);
    await screenshot(page, 'explorer-concept');
  });

  it('shows a paper, its marked abstract and its repository when its node is clicked', async () => {
    await clickNode(page, paper.id);
    await page.waitForFunction(
      (id) => document.getElementById('details')?.dataset.nodeId === id,
      paper.id,
    );
    expect(await page.locator('#details h2').textContent()).toBe(paper.title);
    const links = await page
      .locator('#details a.repo-link')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(paper.repositories.map((repo) => repo.url)));
    expect(await page.locator('#details .abstract mark').count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`selected=${encodeURIComponent(paper.id)}`);
    await screenshot(page, 'explorer-paper');
  });

  it('expands a node in place on double-click: nothing drawn moves', async () => {
    const before = await page.evaluate(() => {
      const { cy } = (window as unknown as ExplorerWindow).explorer.view;
      return cy.nodes().map((node) => [node.id(), node.position()] as const);
    });
    await clickNode(page, paper.id, 2);
    await page.waitForFunction(
      (count) =>
        (window as unknown as ExplorerWindow).explorer.view.cy.nodes().map(() => 1).length > count,
      before.length,
    );
    await settle(page);
    const after = new Map(
      await page.evaluate(() => {
        const { cy } = (window as unknown as ExplorerWindow).explorer.view;
        return cy.nodes().map((node) => [node.id(), node.position()] as const);
      }),
    );
    for (const [id, position] of before) expect(after.get(id)).toEqual(position);
    expect(page.url()).toContain(`expand=${encodeURIComponent(paper.id)}`);
  });

  let pathIds: string[] = [];

  it('highlights the shortest path between two chosen nodes', async () => {
    const other = concept.papers.find((id) => id !== paper.id) ?? '';
    expect(other, 'the concept has a second paper').not.toBe('');
    const { data } = await api().query<{ path: { nodes: { id: string }[] } }>(
      'query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6) { nodes { id } } }',
      { from: paper.id, to: other },
    );
    pathIds = (data?.path.nodes.map((node) => node.id) ?? []).sort();
    expect(pathIds.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Find a path' }).click();
    expect(
      await page.getByRole('button', { name: 'Find a path' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await clickNode(page, paper.id);
    await clickNode(page, other);
    await page.locator('#status', { hasText: 'Shortest path' }).waitFor();
    await settle(page);
    expect(await drawnIds(page, '.on-path')).toEqual(pathIds);
    expect(page.url()).toContain(`from=${encodeURIComponent(paper.id)}`);
    expect(page.url()).toContain(`to=${encodeURIComponent(other)}`);
    await screenshot(page, 'explorer-path');
  });

  it('restores the same view from its URL on reload', async () => {
    const drawnBefore = await drawnIds(page);
    await page.reload();
    await page.locator('#status', { hasText: 'Shortest path' }).waitFor();
    await settle(page);
    expect(await drawnIds(page)).toEqual(drawnBefore);
    expect(await drawnIds(page, '.on-path')).toEqual(pathIds);
    expect(await page.locator('#details').getAttribute('data-node-id')).toBe(paper.id);
    await screenshot(page, 'explorer-reloaded');
  });

  it('has no serious accessibility violations, and stays usable in a narrow window', async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 420, height: 900 });
    // The graph refits itself 100 ms after its box changes size.
    await page.waitForTimeout(300);
    await settle(page);
    for (const id of ['search-input', 'graph', 'details']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box?.width, `#${id} is laid out`).toBeGreaterThan(100);
      expect(box?.height, `#${id} is laid out`).toBeGreaterThan(20);
    }
    await screenshot(page, 'explorer-narrow');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('says so when nothing matches and when the API refuses a request', async () => {
    await page.goto(`${base}/explore`);
    await page.getByRole('combobox', { name: 'Search papers and entities' }).fill('qqxzv wwkjh');
    await page.locator('#status', { hasText: 'Nothing matches' }).waitFor();
    await page.goto(`${base}/explore?node=not-a-global-id`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/\S/);
    await screenshot(page, 'explorer-error');
  });

  it('reports the first drawing of a 200-node and the layout of a 500-node neighbourhood', async () => {
    const measure = async (limit: number, depth: number) => {
      await page.goto(
        `${base}/explore?node=${encodeURIComponent(concept.id)}&depth=${depth}&limit=${limit}`,
      );
      await page.waitForFunction(
        () => (window as unknown as ExplorerWindow).explorer.metrics.layouts.length > 0,
        undefined,
        { timeout: 60_000 },
      );
      const metrics = await page.evaluate(
        () => (window as unknown as ExplorerWindow).explorer.metrics,
      );
      const [draw] = metrics.draws;
      const [layout] = metrics.layouts;
      if (!draw || !layout) throw new Error('the page measured no drawing or layout');
      return { draw, layout };
    };
    const medium = await measure(200, 3);
    await screenshot(page, 'explorer-200');
    const large = await measure(500, 3);
    await screenshot(page, 'explorer-500');
    const line = (name: string, figures: Awaited<ReturnType<typeof measure>>) =>
      `${name}: ${figures.draw.nodes} nodes, ${figures.draw.edges} links; first drawing ${figures.draw.firstDrawMs.toFixed(0)} ms after the response; force layout ${figures.layout.layoutMs.toFixed(0)} ms over ${figures.layout.frames} frames, frame gap median ${figures.layout.medianFrameGapMs.toFixed(0)} ms, longest ${figures.layout.longestFrameGapMs.toFixed(0)} ms`;
    console.log(`[explorer] ${line('limit 200', medium)}\n[explorer] ${line('limit 500', large)}`);
    expect(medium.draw.nodes).toBeGreaterThan(0);
    expect(large.draw.nodes).toBeGreaterThanOrEqual(medium.draw.nodes);
  });

  it('ran without page errors and fetched nothing from outside the server', () => {
    expect(pageErrors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
  });
});
