// What one render shows, derived once from the controller: the strings, titles and flags every part reads.
import {
  describeState, localizedTextParams, procedureTitle, stepText, stepTitle, format, stringsFor, type TextParams, type UiStrings, type ViewName,
} from '@spine-explainer/react';
import type { LiteController } from './controller';

export interface ViewModel {
  ctl: LiteController;
  t: UiStrings;
  title: string;
  params: TextParams;
  current: { title: string; body: string };
  kicker: string;
  stepTitles: readonly string[];
  /** The scene (and its toolbar) is shown: WebGL works and the procedure exists. */
  showScene: boolean;
  /** Every step in words: no WebGL. */
  textFallback: boolean;
  views: readonly ViewName[];
  announcement: string;
  sideWord(side: string): string;
  siteWord(site: string): string;
}

export function viewModel(ctl: LiteController): ViewModel {
  const { locale, readingLevel, procedure, options, step, stepCount, mode, placement, model } = ctl;
  const t = stringsFor(locale);
  const title = procedureTitle(procedure, locale, readingLevel) || ctl.procedureId;
  const params = localizedTextParams(options, locale);
  const current = stepText(procedure?.steps[step], locale, readingLevel, params);
  const track = ctl.tracks[step];
  const needle = placement?.needles[0];
  const status = ctl.status;
  const announcement = describeState({
    locale, readingLevel, status, error: ctl.error?.message, procedureId: ctl.procedureId, procedureTitle: title, step,
    stepCount, stepTitle: current.title, level: options.level, side: options.side, site: options.site,
    needle: track?.needle[1], spread: track?.spread[1], lead: track?.lead[1],
    hasNeedle: !!needle || (!placement && !!procedure), hasLead: !!placement?.leads.length,
    targetName: needle ? model?.get(needle.targetStructure)?.name : undefined, view: ctl.view, mode,
  });
  return {
    ctl, t, title, params, current, announcement,
    kicker: stepCount ? format(t.stepOf, { n: step + 1, count: stepCount }) : '',
    stepTitles: procedure ? procedure.steps.map((s) => stepTitle(s, locale, params)) : [],
    showScene: ctl.webgl && !!procedure,
    textFallback: !ctl.webgl && !!procedure,
    views: mode === 'fluoro'
      ? ['posterior', 'lateral', options.side === 'right' ? 'oblique-right' : 'oblique-left']
      : ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'close-up'],
    sideWord: (s) => (s === 'left' ? t.left : s === 'right' ? t.right : s === 'bilateral' ? t.bilateral : s),
    siteWord: (s) => localizedTextParams({ site: s }, locale).site!,
  };
}
