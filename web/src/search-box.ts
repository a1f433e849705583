import { ApiError, type SearchHit, searchNodes } from './api.ts';
import { h } from './dom.ts';

export interface SearchBoxOptions {
  form: HTMLFormElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  onChoose(hit: SearchHit): void;
  onMessage(message: string, isError: boolean): void;
}

const DEBOUNCE_MS = 200;

/**
 * A combobox (WAI-ARIA pattern): typing asks `search` for suggestions, arrows move through
 * them, Enter or a click chooses one (Enter with none active takes the first), Escape closes.
 */
export function createSearchBox({ form, input, listbox, onChoose, onMessage }: SearchBoxOptions) {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.label;
    onChoose(hit);
  };

  const render = () => {
    listbox.replaceChildren(
      ...hits.map((hit, i) => {
        const option = h(
          'div',
          { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion' },
          h('span', { class: `swatch kind-${hit.kind}`, 'aria-hidden': 'true' }),
          h('span', { class: 'suggestion-label' }, hit.label),
          h('span', { class: 'suggestion-detail' }, hit.detail),
        );
        // mousedown, not click: the input must not lose focus (and close the list) first.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(hit);
        });
        return option;
      }),
    );
    listbox.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    setActive(-1);
  };

  const suggest = async (text: string) => {
    const ticket = ++asked;
    try {
      const found = await searchNodes(text);
      if (ticket !== asked) return;
      hits = found;
      render();
      onMessage(found.length ? '' : `Nothing matches “${text}”.`, false);
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      render();
      onMessage(
        error instanceof ApiError ? `Search failed: ${error.message}` : String(error),
        true,
      );
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      render();
      return;
    }
    timer = window.setTimeout(() => void suggest(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', close);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (active >= 0) return choose(hits[active]);
    const text = input.value.trim();
    if (text.length < 2) return;
    window.clearTimeout(timer);
    await suggest(text);
    choose(hits[0]);
  });
}
