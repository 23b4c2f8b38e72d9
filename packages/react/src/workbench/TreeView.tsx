import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TreeNode {
  id: string;
  label: string;
  /** Extra text after the label (a level, a step count). */
  detail?: string;
  children?: readonly TreeNode[];
}

export interface TreeViewProps {
  nodes: readonly TreeNode[];
  /** Accessible name of the tree. */
  label: string;
  /** The node shown as selected (`aria-selected`). */
  selectedId?: string | undefined;
  /** Enter, Space or a click on a node. */
  onActivate?(node: TreeNode): void;
  /** Nodes expanded at first. */
  defaultExpanded?: readonly string[];
  /** Renders a node's content; defaults to its label and detail. */
  renderLabel?(node: TreeNode): ReactNode;
  idPrefix: string;
  /** Ids to expand whenever they change (the path to the current item). */
  reveal?: readonly string[];
}

interface Flat { node: TreeNode; level: number; parent?: string | undefined; posinset: number; setsize: number }

/**
 * A WAI-ARIA tree view (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/): one tab stop, arrows move
 * and open/close, Home/End jump, Enter/Space activate, typing a letter jumps to the next match.
 */
export function TreeView({ nodes, label, selectedId, onActivate, defaultExpanded = [], renderLabel, idPrefix, reveal }: TreeViewProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([...defaultExpanded, ...(reveal ?? [])]));
  const revealKey = reveal?.join('|') ?? '';
  useEffect(() => {
    if (revealKey) setExpanded((prev) => (revealKey.split('|').every((id) => prev.has(id)) ? prev : new Set([...prev, ...revealKey.split('|')])));
  }, [revealKey]);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const refs = useRef(new Map<string, HTMLElement>());

  const visible = useMemo(() => {
    const out: Flat[] = [];
    const walk = (list: readonly TreeNode[], level: number, parent?: string) => {
      list.forEach((node, i) => {
        out.push({ node, level, parent, posinset: i + 1, setsize: list.length });
        if (node.children?.length && expanded.has(node.id)) walk(node.children, level + 1, node.id);
      });
    };
    walk(nodes, 1);
    return out;
  }, [nodes, expanded]);

  const current = visible.find((v) => v.node.id === focusId) ?? visible.find((v) => v.node.id === selectedId) ?? visible[0];

  const focus = useCallback((id: string) => {
    setFocusId(id);
    refs.current.get(id)?.focus();
  }, []);

  const toggle = (id: string, open?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open ?? !next.has(id)) next.add(id); else next.delete(id);
      return next;
    });

  const activate = (node: TreeNode) => {
    if (node.children?.length) toggle(node.id);
    onActivate?.(node);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!current || e.altKey || e.ctrlKey || e.metaKey) return;
    const i = visible.indexOf(current);
    const { node } = current;
    const hasKids = !!node.children?.length;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown': if (visible[i + 1]) focus(visible[i + 1]!.node.id); break;
      case 'ArrowUp': if (visible[i - 1]) focus(visible[i - 1]!.node.id); break;
      case 'ArrowRight':
        if (hasKids && !expanded.has(node.id)) toggle(node.id, true);
        else if (hasKids) focus(node.children![0]!.id);
        break;
      case 'ArrowLeft':
        if (hasKids && expanded.has(node.id)) toggle(node.id, false);
        else if (current.parent) focus(current.parent);
        break;
      case 'Home': focus(visible[0]!.node.id); break;
      case 'End': focus(visible[visible.length - 1]!.node.id); break;
      case 'Enter': case ' ': activate(node); break;
      case '*': {
        const siblings = visible.filter((v) => v.parent === current.parent && v.node.children?.length);
        setExpanded((prev) => new Set([...prev, ...siblings.map((s) => s.node.id)]));
        break;
      }
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const ch = e.key.toLowerCase();
          const order = [...visible.slice(i + 1), ...visible.slice(0, i + 1)];
          const hit = order.find((v) => v.node.label.toLowerCase().startsWith(ch));
          if (hit) focus(hit.node.id); else handled = false;
        } else handled = false;
    }
    if (handled) { e.preventDefault(); e.stopPropagation(); }
  };

  const renderNodes = (list: readonly TreeNode[], level: number): ReactNode =>
    list.map((node, i) => {
      const hasKids = !!node.children?.length;
      const open = hasKids && expanded.has(node.id);
      const isFocus = current?.node.id === node.id;
      return (
        <li
          key={node.id}
          id={`${idPrefix}-${node.id}`}
          role="treeitem"
          aria-level={level}
          aria-setsize={list.length}
          aria-posinset={i + 1}
          aria-expanded={hasKids ? open : undefined}
          aria-selected={node.id === selectedId}
          tabIndex={isFocus ? 0 : -1}
          ref={(el) => { if (el) refs.current.set(node.id, el); else refs.current.delete(node.id); }}
          className="sx-wb-treeitem"
          data-selected={node.id === selectedId || undefined}
          onClick={(e) => { e.stopPropagation(); setFocusId(node.id); activate(node); }}
          onFocus={(e) => { if (e.target === e.currentTarget) setFocusId(node.id); }}
        >
          <span className="sx-wb-treerow" style={{ paddingInlineStart: `${(level - 1) * 12 + 4}px` }}>
            <span className="sx-wb-twisty" aria-hidden="true">{hasKids ? (open ? '▾' : '▸') : ''}</span>
            {renderLabel ? renderLabel(node) : (
              <>
                <span className="sx-wb-treelabel">{node.label}</span>
                {node.detail ? <span className="sx-wb-treedetail">{node.detail}</span> : null}
              </>
            )}
          </span>
          {open ? <ul role="group">{renderNodes(node.children!, level + 1)}</ul> : null}
        </li>
      );
    });

  return (
    <ul role="tree" aria-label={label} className="sx-wb-tree" onKeyDown={onKeyDown}>
      {renderNodes(nodes, 1)}
    </ul>
  );
}
