import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { dashLevel, procedureName, titleText, useRegistryVersion, useWb, useWorkbench } from './context';
import { buildProcedureIndex, searchCommands, searchProcedures } from './fuzzy';
import { evaluateWhen, formatChord } from './keybindings';
import { t, type StringKey } from './strings';

interface Row { id: string; label: string; detail?: string; hint?: string; run(): void }

/**
 * Ctrl/Cmd+Shift+P lists commands (the query starts with `>`), Ctrl/Cmd+P quick-opens procedures.
 * Typing `>` in quick-open switches to commands, deleting it switches back, as in VS Code.
 */
export function CommandPalette() {
  const mode = useWb((s) => s.palette);
  // A fresh body per opening: the query and selection never carry over from the last time.
  const opened = useRef(0);
  const last = useRef<typeof mode>(undefined);
  if (mode && mode !== last.current) opened.current++;
  last.current = mode;
  return mode ? <PaletteBody key={opened.current} mode={mode} /> : null;
}

function PaletteBody({ mode }: { mode: 'commands' | 'procedures' }) {
  const { controller, registry, uid } = useWorkbench();
  const version = useRegistryVersion();
  const locale = useWb((s) => s.locale);
  const [query, setQuery] = useState(mode === 'commands' ? '>' : '');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const doc = input.current?.ownerDocument;
    const before = doc?.activeElement as HTMLElement | null | undefined;
    input.current?.focus();
    return () => { if (before && before.isConnected && before !== doc?.body) before.focus(); };
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const index = useMemo(() => buildProcedureIndex(controller.procedures()), [controller, version]);

  const isCommands = query.startsWith('>');
  const rows: Row[] = useMemo(() => {
    const close = () => controller.closePalette();
    if (isCommands) {
      const state = controller.getState();
      const entries = registry.allCommands()
        .filter((c) => c.id !== 'workbench.action.showCommands' && evaluateWhen(c.when, state))
        .map((c) => {
          const cat = titleText(c.category, locale);
          return { id: c.id, label: (cat ? `${cat}: ` : '') + titleText(c.title, locale), keywords: c.keywords ?? [] };
        });
      return searchCommands(entries, query.slice(1)).map((e) => {
        const kb = registry.keybindingsFor(e.id)[0];
        const row: Row = { id: e.id, label: e.label, run: () => { close(); void controller.executeCommand(e.id); } };
        if (kb) row.hint = formatChord(kb.key);
        return row;
      });
    }
    return searchProcedures(index, query).map((m) => {
      const p = controller.getProcedure(m.procedureId);
      const where = [m.level ? dashLevel(m.level) : '', m.side ? t(locale, m.side as StringKey) : ''].filter(Boolean).join(' ');
      const row: Row = {
        id: `${m.procedureId}|${m.level ?? ''}|${m.side ?? ''}`,
        label: procedureName(p, locale),
        run: () => {
          close();
          const o: Parameters<typeof controller.openProcedure>[1] = {};
          if (m.level) o.level = m.level;
          if (m.side) o.side = m.side;
          controller.openProcedure(m.procedureId, o);
        },
      };
      const cat = p?.category ? t(locale, `category.${p.category}` as StringKey) : '';
      row.detail = [where, cat].filter(Boolean).join(' · ');
      return row;
    });
  }, [mode, isCommands, query, index, locale, controller, registry]);

  const listId = `${uid}-palette-list`;
  const sel = Math.min(active, Math.max(0, rows.length - 1));

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown') setActive((sel + 1) % Math.max(1, rows.length));
    else if (e.key === 'ArrowUp') setActive((sel - 1 + rows.length) % Math.max(1, rows.length));
    else if (e.key === 'Enter') rows[sel]?.run();
    else if (e.key === 'Escape') controller.closePalette();
    else if (e.key === 'Tab') e.preventDefault(); // keep focus in the dialog
    else return;
    e.preventDefault();
  };

  return (
    <div className="sx-wb-overlay" onPointerDown={(e) => { if (e.target === e.currentTarget) controller.closePalette(); }}>
      <div className="sx-wb-palette" role="dialog" aria-modal="true" aria-label={t(locale, 'paletteLabel')}>
        <input
          ref={input}
          className="sx-wb-palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={rows[sel] ? `${listId}-${sel}` : undefined}
          aria-label={t(locale, isCommands ? 'paletteCommands' : 'paletteProcedures')}
          placeholder={t(locale, isCommands ? 'paletteCommands' : 'paletteProcedures')}
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => { setQuery(e.target.value); setActive(0); }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t(locale, 'paletteLabel')} className="sx-wb-palette-list">
          {rows.length ? rows.slice(0, 60).map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === sel}
              className="sx-wb-palette-row"
              data-id={r.id}
              onPointerMove={() => { if (i !== sel) setActive(i); }}
              onClick={() => r.run()}
            >
              <span className="sx-wb-palette-label">{r.label}</span>
              {r.detail ? <span className="sx-wb-palette-detail">{r.detail}</span> : null}
              {r.hint ? <kbd className="sx-wb-palette-hint">{r.hint}</kbd> : null}
            </li>
          )) : <li role="option" aria-selected="false" aria-disabled="true" className="sx-wb-palette-empty">{t(locale, 'noResults')}</li>}
        </ul>
      </div>
    </div>
  );
}
