import type { ProcedureLike } from '../types';
import type { ContributionProblem, Contributions, Keybinding, ViewContribution, WorkbenchCommand } from './types';

/** Checks a whole catalog (an array of complete procedures); the workbench passes `validateCatalog`. */
export type CatalogValidator = (input: unknown) =>
  | { ok: true; catalog: readonly ProcedureLike[] }
  | { ok: false; errors: readonly ContributionProblem[] };

interface Owned<T> { owner: number; item: T }

export interface RegistrationResult {
  dispose: () => void;
  /** What was rejected, with paths into the contribution (`procedures[0].steps[2].view`). Empty when all was accepted. */
  problems: ContributionProblem[];
}

/**
 * The one registry for commands, keybindings, side-bar views and procedures. The workbench registers its
 * built-ins through `register` exactly as a host registers its contributions; each call returns a disposer
 * that removes what that call added and nothing else.
 */
export class ContributionRegistry {
  private commands: Owned<WorkbenchCommand>[] = [];
  private keybindings: Owned<Keybinding>[] = [];
  private views: Owned<ViewContribution>[] = [];
  private procs: Owned<ProcedureLike>[] = [];
  private nextOwner = 1;
  private listeners = new Set<() => void>();
  /** Bumped on every change, for `useSyncExternalStore`. */
  version = 0;

  constructor(private readonly validate?: CatalogValidator, private readonly builtinProcedureIds: () => readonly string[] = () => []) {}

  register(contribution: Contributions): RegistrationResult {
    const owner = this.nextOwner++;
    const problems: ContributionProblem[] = [];

    (contribution.commands ?? []).forEach((command, i) => {
      if (!command || typeof command.id !== 'string' || !command.id || typeof command.run !== 'function') {
        problems.push({ path: `commands[${i}]`, message: 'a command needs a string id and a run function' });
      } else if (this.command(command.id)) {
        problems.push({ path: `commands[${i}].id`, message: `command "${command.id}" is already registered` });
      } else this.commands.push({ owner, item: command });
    });

    (contribution.keybindings ?? []).forEach((kb, i) => {
      if (!kb || typeof kb.key !== 'string' || !kb.key || typeof kb.command !== 'string') {
        problems.push({ path: `keybindings[${i}]`, message: 'a keybinding needs a key and a command id' });
      } else this.keybindings.push({ owner, item: kb });
    });

    (contribution.views ?? []).forEach((view, i) => {
      if (!view || typeof view.id !== 'string' || typeof view.render !== 'function') {
        problems.push({ path: `views[${i}]`, message: 'a view needs a string id and a render function' });
      } else if (this.views.some((v) => v.item.id === view.id)) {
        problems.push({ path: `views[${i}].id`, message: `view "${view.id}" is already registered` });
      } else this.views.push({ owner, item: view });
    });

    const procs = contribution.procedures ?? [];
    if (procs.length) {
      const result = this.validate ? this.validate(procs) : { ok: true as const, catalog: procs as ProcedureLike[] };
      if (!result.ok) {
        for (const e of result.errors) problems.push({ path: e.path.startsWith('procedures') ? e.path : `procedures${e.path.startsWith('[') || !e.path ? '' : '.'}${e.path}`, message: e.message });
      } else {
        const taken = new Set([...this.builtinProcedureIds(), ...this.procs.map((p) => p.item.id)]);
        result.catalog.forEach((p, i) => {
          if (taken.has(p.id)) problems.push({ path: `procedures[${i}].id`, message: `procedure "${p.id}" already exists` });
          else { taken.add(p.id); this.procs.push({ owner, item: p }); }
        });
      }
    }

    this.changed();
    let disposed = false;
    return {
      problems,
      dispose: () => {
        if (disposed) return;
        disposed = true;
        const keep = <T,>(list: Owned<T>[]) => list.filter((o) => o.owner !== owner);
        this.commands = keep(this.commands);
        this.keybindings = keep(this.keybindings);
        this.views = keep(this.views);
        this.procs = keep(this.procs);
        this.changed();
      },
    };
  }

  command(id: string): WorkbenchCommand | undefined {
    return this.commands.find((c) => c.item.id === id)?.item;
  }

  allCommands(): WorkbenchCommand[] {
    return this.commands.map((c) => c.item);
  }

  /** Keybindings, most recently registered first, so a host binding overrides a built-in one for the same key. */
  allKeybindings(): Keybinding[] {
    return this.keybindings.map((k) => k.item).reverse();
  }

  keybindingsFor(commandId: string): Keybinding[] {
    return this.keybindings.filter((k) => k.item.command === commandId).map((k) => k.item);
  }

  allViews(): ViewContribution[] {
    return this.views.map((v) => v.item).sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  }

  contributedProcedures(): ProcedureLike[] {
    return this.procs.map((p) => p.item);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
