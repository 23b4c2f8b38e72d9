import type { KeyboardEvent } from 'react';
import { format, stringsFor, type UiStrings } from './strings';

export interface StepPlayerProps {
  /** Current step, 0-based. */
  step: number;
  stepCount: number;
  playing: boolean;
  /** Titles of the steps, for the scrubber's spoken value. */
  titles?: readonly string[];
  onStepChange: (step: number) => void;
  onPlayingChange: (playing: boolean) => void;
  /** UI strings; defaults to English. */
  strings?: UiStrings;
  className?: string;
}

/** Previous, play/pause, next and a scrubber over the steps. Every control is a native, labelled element. */
export function StepPlayer({ step, stepCount, playing, titles, onStepChange, onPlayingChange, strings, className }: StepPlayerProps) {
  const t = strings ?? stringsFor('en');
  const last = Math.max(0, stepCount - 1);
  const counter = format(t.stepOf, { n: Math.min(step + 1, Math.max(stepCount, 1)), count: stepCount });
  const title = titles?.[step];
  const onScrubKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Space on the scrubber plays, as it does on the stage.
    if (e.key === ' ') {
      e.preventDefault();
      onPlayingChange(!playing);
    }
  };
  return (
    <div className={className ?? 'sx-player'} role="group" aria-label={t.steps}>
      <button type="button" className="sx-button" onClick={() => onStepChange(step - 1)} disabled={step <= 0} aria-label={t.previous} title={t.previous}>
        <span aria-hidden="true">◀</span>
      </button>
      <button
        type="button"
        className="sx-button sx-button--primary"
        onClick={() => onPlayingChange(!playing)}
        aria-label={playing ? t.pause : t.play}
        title={playing ? t.pause : t.play}
        disabled={stepCount < 2}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <button type="button" className="sx-button" onClick={() => onStepChange(step + 1)} disabled={step >= last} aria-label={t.next} title={t.next}>
        <span aria-hidden="true">▶▶</span>
      </button>
      <input
        className="sx-scrubber"
        type="range"
        min={1}
        max={Math.max(1, stepCount)}
        step={1}
        value={Math.min(step + 1, Math.max(1, stepCount))}
        aria-label={t.scrubber}
        aria-valuetext={title ? `${counter}: ${title}` : counter}
        onChange={(e) => onStepChange(Number(e.currentTarget.value) - 1)}
        onKeyDown={onScrubKey}
        disabled={stepCount < 2}
      />
      <span className="sx-step-count" aria-hidden="true">{counter}</span>
    </div>
  );
}
