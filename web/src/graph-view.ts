import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { GraphEdge, GraphNode, Subgraph } from './api.ts';
import { clusterPositions, type Point, sunflowerPoint } from './initial-layout.ts';
import { clusterColour, kindColour } from './theme.ts';

/** How long the first drawing of a subgraph took, from its response to the first frame. */
export interface DrawTiming {
  nodes: number;
  edges: number;
  firstDrawMs: number;
}

/** How the force layout went: its duration and the longest the page went without a frame. */
export interface LayoutTiming {
  nodes: number;
  layoutMs: number;
  frames: number;
  medianFrameGapMs: number;
  longestFrameGapMs: number;
}

export interface GraphViewHandlers {
  /** A node was clicked (or tapped). */
  onPick(id: string): void;
  /** A node was double-clicked. */
  onExpand(id: string): void;
}

/** Nodes whose name is always drawn; the rest show theirs when hovered or chosen. */
const LABELLED = 12;
const LABEL_CHARS = 32;

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      'border-color': 'data(ring)',
      'border-width': 3,
      width: 'data(size)',
      height: 'data(size)',
      label: '',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node.labelled, node.hovered, node.focus', style: { label: 'data(short)' } },
  {
    selector: 'node.focus',
    style: { 'border-color': '#111827', 'border-width': 5, 'z-index': 10 },
  },
  { selector: 'node.path-end', style: { 'border-color': '#d9480f', 'border-width': 6 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa5b1',
      'curve-style': 'haystack',
      opacity: 0.7,
    },
  },
  { selector: '.faded', style: { opacity: 0.15 } },
  {
    selector: 'node.on-path',
    style: { 'border-color': '#d9480f', 'border-width': 6, label: 'data(short)', 'z-index': 20 },
  },
  {
    selector: 'edge.on-path',
    style: { 'line-color': '#d9480f', width: 5, opacity: 1, 'z-index': 20 },
  },
];

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The drawing: Cytoscape.js on a canvas, with the explorer's styling and interactions. */
export class GraphView {
  readonly cy: Core;
  private stopRunning: (() => void) | undefined;
  private fitting = 0;

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 2.5,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    // Cytoscape reports two quick clicks as a double-click even on two different nodes (say,
    // the two ends of a path): expand only when both clicks hit the same node.
    let taps: string[] = [];
    this.cy.on('tap', 'node', (event) => {
      taps = [taps.at(-1) ?? '', event.target.id()];
      handlers.onPick(event.target.id());
    });
    this.cy.on('dbltap', 'node', (event) => {
      if (taps[0] === event.target.id()) handlers.onExpand(event.target.id());
    });
    // A narrower or wider window: redraw at the new size and show the whole graph again.
    let resizeTimer: number | undefined;
    new ResizeObserver(() => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => {
        this.cy.resize();
        if (this.stopRunning === undefined) this.cy.fit(undefined, 30);
      }, 100);
    }).observe(container);
    this.cy.on('mouseover', 'node', (event) => event.target.addClass('hovered'));
    this.cy.on('mouseout', 'node', (event) => event.target.removeClass('hovered'));
  }

  /** A layout or an animation is moving nodes: a click now could miss. */
  get moving(): boolean {
    return this.stopRunning !== undefined || this.fitting > 0 || this.cy.animated();
  }

  get size(): number {
    return this.cy.nodes().length;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Nodes drawn, most important first. */
  nodes(): GraphNode[] {
    return this.cy
      .nodes()
      .map((node) => node.data('node') as GraphNode)
      .sort((a, b) => b.weight - a.weight);
  }

  /**
   * Replaces the drawing with `subgraph`, placed cluster by cluster; resolves once the first
   * frame is on screen, timed from `receivedAt` (performance.now() when the response arrived).
   */
  async draw(subgraph: Subgraph, receivedAt: number): Promise<DrawTiming> {
    this.stopLayout();
    const positions = clusterPositions(subgraph.nodes);
    const drawn = new Promise<void>((resolve) => this.cy.one('render', () => resolve()));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...subgraph.nodes.map((node, i) =>
          this.nodeElement(node, positions.get(node.id) ?? { x: 0, y: 0 }, i < LABELLED),
        ),
        ...subgraph.edges.map((edge) => this.edgeElement(edge)),
      ]);
    });
    this.cy.fit(undefined, 30);
    await drawn;
    await nextFrame();
    return {
      nodes: subgraph.nodes.length,
      edges: subgraph.edges.length,
      firstDrawMs: performance.now() - receivedAt,
    };
  }

  /**
   * Adds what `subgraph` has that is not drawn yet, the new nodes around `aroundId`; nothing
   * drawn moves. Returns the ids of the nodes added.
   */
  merge(subgraph: Subgraph, aroundId: string): Set<string> {
    this.stopLayout();
    const around = this.cy.getElementById(aroundId);
    const centre: Point = around.nonempty() ? { ...around.position() } : { x: 0, y: 0 };
    const fresh = subgraph.nodes.filter((node) => !this.has(node.id));
    this.cy.batch(() => {
      this.cy.add(
        fresh.map((node, i) => this.nodeElement(node, sunflowerPoint(centre, i + 3, 40), false)),
      );
      this.cy.add(
        subgraph.edges
          .filter((edge) => !this.has(edge.id) && this.has(edge.source) && this.has(edge.target))
          .map((edge) => this.edgeElement(edge)),
      );
    });
    return new Set(fresh.map((node) => node.id));
  }

  /**
   * Runs the force layout (web/src/force-layout.ts) in a Web Worker from the current positions,
   * moving the nodes once per frame as positions arrive, so the page keeps drawing and answering
   * input; resolves with its timing when it has settled or was stopped.
   */
  runLayout({
    iterations = 300,
    only,
  }: {
    iterations?: number;
    only?: Set<string>;
  } = {}): Promise<LayoutTiming> {
    this.stopLayout();
    const nodes = this.cy.nodes();
    // With `only`, the other nodes stay put: an expansion settles around what is drawn.
    const fixed = Uint8Array.from(nodes.map((node) => (only && !only.has(node.id()) ? 1 : 0)));
    const index = new Map(nodes.map((node, i) => [node.id(), i] as const));
    const positions = new Float64Array(nodes.length * 2);
    nodes.forEach((node, i) => {
      const { x, y } = node.position();
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    });
    const ends = this.cy
      .edges()
      .map((edge) => [index.get(edge.source().id()) ?? 0, index.get(edge.target().id()) ?? 0]);
    const edges = Uint32Array.from(ends.flat());
    const started = performance.now();
    const gaps: number[] = [];
    let last = started;
    let latest: Float64Array | undefined;
    let finished = false;
    const apply = () => {
      if (!latest) return;
      const at = latest;
      latest = undefined;
      this.cy.batch(() => {
        nodes.forEach((node, i) => {
          if (fixed[i] || node.removed()) return;
          node.position({ x: at[2 * i] ?? 0, y: at[2 * i + 1] ?? 0 });
        });
      });
    };
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    return new Promise((resolve) => {
      const finish = (settled: boolean) => {
        if (finished) return;
        finished = true;
        worker.terminate();
        this.stopRunning = undefined;
        if (settled) {
          apply();
          if (!only) this.fit(250);
        }
        resolve({
          nodes: nodes.length,
          layoutMs: performance.now() - started,
          frames: gaps.length,
          medianFrameGapMs: gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0,
          longestFrameGapMs: gaps.at(-1) ?? 0,
        });
      };
      const frame = (now: number) => {
        if (finished) return;
        gaps.push(now - last);
        last = now;
        apply();
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      worker.onmessage = (event: MessageEvent<{ positions: Float64Array; done: boolean }>) => {
        latest = event.data.positions;
        if (event.data.done) finish(true);
      };
      worker.onerror = () => finish(false);
      this.stopRunning = () => finish(false);
      worker.postMessage({ positions, edges, iterations, fixed }, [positions.buffer]);
    });
  }

  /** Stops a running layout where it is (a new drawing or an expansion takes over). */
  stopLayout(): void {
    this.stopRunning?.();
  }

  /** Animates the view to show the whole graph. */
  fit(duration = 200): void {
    // Counted until done: `cy.animated()` is false until a queued animation's first frame.
    this.fitting += 1;
    void this.cy
      .animation({ fit: { eles: this.cy.elements(), padding: 30 }, duration })
      .play()
      .promise('complete')
      .finally(() => {
        this.fitting -= 1;
      });
  }

  focus(id: string | undefined): void {
    this.cy.nodes('.focus').removeClass('focus');
    if (id) this.cy.getElementById(id).addClass('focus');
  }

  markPathEnd(id: string | undefined): void {
    this.cy.nodes('.path-end').removeClass('path-end');
    if (id) this.cy.getElementById(id).addClass('path-end');
  }

  /** Draws the path's missing parts beside its ends and fades everything else. */
  showPath(path: Subgraph): void {
    const anchor = path.nodes.find((node) => this.has(node.id));
    if (anchor) this.merge(path, anchor.id);
    this.cy.batch(() => {
      this.cy.elements().addClass('faded').removeClass('on-path');
      for (const element of [...path.nodes, ...path.edges]) {
        this.cy.getElementById(element.id).removeClass('faded').addClass('on-path');
      }
    });
  }

  clearPath(): void {
    this.cy.elements().removeClass('faded on-path');
  }

  private nodeElement(node: GraphNode, position: Point, labelled: boolean): ElementDefinition {
    const short =
      node.label.length > LABEL_CHARS ? `${node.label.slice(0, LABEL_CHARS - 1)}…` : node.label;
    return {
      group: 'nodes',
      data: {
        id: node.id,
        node,
        short,
        colour: kindColour(node.kind),
        ring: clusterColour(node.community),
        // On an absolute scale, so that an expansion's nodes compare with those drawn before.
        size: Math.min(44, 12 + 4 * Math.sqrt(Math.max(0, node.weight))),
      },
      position: { ...position },
      classes: labelled ? 'labelled' : '',
    };
  }

  private edgeElement(edge: GraphEdge): ElementDefinition {
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        width: 1 + 3 * Math.min(1, Math.max(0, edge.weight)),
      },
    };
  }
}
