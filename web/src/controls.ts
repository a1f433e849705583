import { h } from './dom.ts';
import { KIND_LABELS, kindColour } from './theme.ts';
import { ENTITY_KINDS, NODE_TYPES, type ViewState } from './url-state.ts';

const TYPE_LABELS: Record<string, string> = {
  PAPER: 'Papers',
  ENTITY: 'Entities',
  REPOSITORY: 'Repositories',
  AUTHOR: 'Authors',
};

/** Checkboxes for a filter; none ticked means “all”, so all are ticked then. */
export function renderFilter(
  fieldset: HTMLFieldSetElement,
  values: readonly string[],
  labelOf: (value: string) => string,
  onChange: (chosen: string[]) => void,
): (chosen: string[]) => void {
  const boxes = values.map((value) => {
    const box = h('input', { type: 'checkbox', value, id: `${fieldset.id}-${value}` });
    box.addEventListener('change', () => {
      const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
      // All ticked is the same as no filter: keep the URL short.
      onChange(ticked.length === values.length ? [] : ticked);
    });
    fieldset.append(h('label', { for: box.id, class: 'check' }, box, ` ${labelOf(value)}`));
    return box;
  });
  return (chosen) => {
    for (const box of boxes) box.checked = chosen.length === 0 || chosen.includes(box.value);
  };
}

export const typeLabel = (value: string) => TYPE_LABELS[value] ?? value;
export const kindLabel = (value: string) => KIND_LABELS[value.toLowerCase()] ?? value;

export { ENTITY_KINDS, NODE_TYPES };

export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    h('h2', { class: 'legend-title' }, 'Legend'),
    h(
      'ul',
      {},
      ...Object.entries(KIND_LABELS).map(([kind, label]) =>
        h(
          'li',
          {},
          h('span', {
            class: 'swatch',
            style: `background:${kindColour(kind)}`,
            'aria-hidden': 'true',
          }),
          label,
        ),
      ),
    ),
    h('p', {}, 'Size: links to papers. Ring colour: cluster. Line width: extraction confidence.'),
  );
}

/** Sets the selects to the state's values. */
export function syncSelects(depth: HTMLSelectElement, limit: HTMLSelectElement, state: ViewState) {
  depth.value = String(state.depth);
  limit.value = String(state.limit);
}
