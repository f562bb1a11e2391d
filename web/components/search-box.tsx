import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Suggestion } from '../../api/contract.js';
import { api, isAbort } from '../api/client.js';
import './search-box.css';

const SEARCH_DEBOUNCE_MS = 250;
/** After this long without a keystroke the user has stopped typing. */
const TYPING_PAUSE_MS = 1_000;
const SUGGEST_DEBOUNCE_MS = 150;

const KIND_LABELS: Record<Suggestion['kind'], string> = { title: 'Titel', system: 'System', organisation: 'Organisation', topic: 'Emne' };

/**
 * The query box: searches as you type (debounced) and offers suggestions in an ARIA 1.2 combobox
 * (arrow keys move through the list, Enter picks or submits, Escape closes).
 */
export function SearchBox({
  query,
  onSearch,
  onTopic,
  onSystem,
  onTypingChange,
}: {
  /** The query in the URL. */
  query: string;
  /** `commit`: Enter or a picked suggestion (a new history entry) rather than typing (replaces it). */
  onSearch: (query: string, commit: boolean) => void;
  onTopic: (topic: string) => void;
  /** A picked system suggestion: filter by that system instead of searching its name as text. */
  onSystem: (system: string) => void;
  /** true while the user types (until a pause, Enter or a picked suggestion). */
  onTypingChange?: (typing: boolean) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(query);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const sent = useRef(query);
  const searchTimer = useRef<ReturnType<typeof setTimeout>>();
  const suggestTimer = useRef<ReturnType<typeof setTimeout>>();
  const suggestRequest = useRef<AbortController | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  const callbacks = useRef({ onSearch, onTopic, onSystem, onTypingChange });
  callbacks.current = { onSearch, onTopic, onSystem, onTypingChange };

  function typed(stillTyping: boolean) {
    clearTimeout(typingTimer.current);
    callbacks.current.onTypingChange?.(stillTyping);
    if (stillTyping) typingTimer.current = setTimeout(() => callbacks.current.onTypingChange?.(false), TYPING_PAUSE_MS);
  }

  // The URL changed under us (back/forward, a link): show its query.
  useEffect(() => {
    if (query !== sent.current) {
      sent.current = query;
      clearTimeout(searchTimer.current);
      setText(query);
      setOpen(false);
    }
  }, [query]);

  useEffect(
    () => () => {
      clearTimeout(searchTimer.current);
      clearTimeout(typingTimer.current);
      clearTimeout(suggestTimer.current);
      suggestRequest.current?.abort();
    },
    [],
  );

  function send(value: string, commit: boolean) {
    clearTimeout(searchTimer.current);
    const trimmed = value.trim();
    sent.current = trimmed;
    callbacks.current.onSearch(trimmed, commit);
  }

  function loadSuggestions(value: string) {
    clearTimeout(suggestTimer.current);
    suggestRequest.current?.abort();
    const prefix = value.trim();
    if (prefix.length < 2) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    suggestTimer.current = setTimeout(() => {
      const controller = new AbortController();
      suggestRequest.current = controller;
      api
        .suggest(prefix, controller.signal)
        .then((response) => {
          if (controller.signal.aborted) return;
          setSuggestions(response.suggestions);
          setActive(-1);
          setOpen(response.suggestions.length > 0 && document.activeElement?.id === `${id}-input`);
        })
        .catch((error: unknown) => {
          if (!isAbort(error)) setSuggestions([]);
        });
    }, SUGGEST_DEBOUNCE_MS);
  }

  function onInput(event: Event) {
    const value = (event.currentTarget as HTMLInputElement).value;
    setText(value);
    setActive(-1);
    typed(true);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => send(value, false), SEARCH_DEBOUNCE_MS);
    loadSuggestions(value);
  }

  function choose(suggestion: Suggestion) {
    typed(false);
    setOpen(false);
    setActive(-1);
    suggestRequest.current?.abort();
    clearTimeout(suggestTimer.current);
    if ((suggestion.kind === 'topic' && suggestion.topic) || suggestion.kind === 'system') {
      clearTimeout(searchTimer.current);
      setText('');
      sent.current = '';
      if (suggestion.kind === 'system') callbacks.current.onSystem(suggestion.text);
      else callbacks.current.onTopic(suggestion.topic!);
    } else {
      setText(suggestion.text);
      send(suggestion.text, true);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current <= 0 ? count - 1 : current - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    typed(false);
    setOpen(false);
    setActive(-1);
    suggestRequest.current?.abort();
    clearTimeout(suggestTimer.current);
    send(text, true);
  }

  const expanded = open && suggestions.length > 0;
  return (
    <form class="search-box" role="search" aria-label="Søg i referater" onSubmit={onSubmit}>
      <label for={`${id}-input`} class="visually-hidden">
        Søg i referater
      </label>
      <div class="search-box__field">
        <svg class="search-box__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        <input
          id={`${id}-input`}
          class="search-box__input"
          type="search"
          name="q"
          value={text}
          placeholder="Søg fx Teams, “ny skole”, budget* …"
          autoComplete="off"
          spellcheck={false}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-help`}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => suggestions.length > 0 && text.trim().length >= 2 && setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label="Forslag" class="suggestions" hidden={!expanded}>
          {suggestions.map((suggestion, index) => (
            <li
              key={`${suggestion.kind}:${suggestion.text}`}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              class="suggestion"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(suggestion)}
              onMouseEnter={() => setActive(index)}
            >
              <span class="suggestion__text">{suggestion.text}</span>
              <span class="suggestion__kind">{KIND_LABELS[suggestion.kind]}</span>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" class="button search-box__submit">
        Søg
      </button>
      <p id={`${id}-help`} class="visually-hidden">
        Resultaterne opdateres, mens du skriver. Brug pil op og ned for forslag.
      </p>
    </form>
  );
}
