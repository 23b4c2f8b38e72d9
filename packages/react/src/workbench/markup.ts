/** A point in the markup canvas, as fractions (0…1) of its width and height, so strokes survive resizes. */
export type MarkupPoint = [number, number];

export interface MarkupStroke {
  tool: 'pen' | 'arrow';
  /** Pen: the path. Arrow: [tail, head]. */
  points: MarkupPoint[];
  color: string;
}

/** Strokes on screen plus an undo and a redo stack; a pure value. */
export interface MarkupState {
  strokes: MarkupStroke[];
  undone: MarkupStroke[];
  /** The step the strokes belong to (`tabId:step`); a new key clears them. */
  key: string;
}

export type MarkupAction =
  | { type: 'add'; stroke: MarkupStroke }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'clear' }
  | { type: 'step'; key: string };

export const emptyMarkup = (key = ''): MarkupState => ({ strokes: [], undone: [], key });

/** Add drops the redo stack; clear and a new step key start afresh. */
export function markupReducer(state: MarkupState, action: MarkupAction): MarkupState {
  switch (action.type) {
    case 'add':
      if (action.stroke.points.length < 2) return state;
      return { ...state, strokes: [...state.strokes, action.stroke], undone: [] };
    case 'undo': {
      if (!state.strokes.length) return state;
      return { ...state, strokes: state.strokes.slice(0, -1), undone: [...state.undone, state.strokes[state.strokes.length - 1]!] };
    }
    case 'redo': {
      if (!state.undone.length) return state;
      return { ...state, strokes: [...state.strokes, state.undone[state.undone.length - 1]!], undone: state.undone.slice(0, -1) };
    }
    case 'clear':
      return state.strokes.length || state.undone.length ? emptyMarkup(state.key) : state;
    case 'step':
      return action.key === state.key ? state : emptyMarkup(action.key);
    default:
      return state;
  }
}

/** Arrow head wings for a stroke from `a` to `b`, in pixels. */
export function arrowHead(a: [number, number], b: [number, number], size: number): [[number, number], [number, number]] {
  const ang = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const wing = (d: number): [number, number] => [b[0] - size * Math.cos(ang + d), b[1] - size * Math.sin(ang + d)];
  return [wing(Math.PI / 7), wing(-Math.PI / 7)];
}
