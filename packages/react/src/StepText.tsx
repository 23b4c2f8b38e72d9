export interface StepTextProps {
  /** "Step 2 of 5". */
  kicker?: string;
  title: string;
  body: string;
  /** Heading level of the step title. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4;
  className?: string;
  id?: string;
}

/** The current step's title and text, shown beside the scene (below it on narrow screens). */
export function StepText({ kicker, title, body, headingLevel = 3, className, id }: StepTextProps) {
  const H = `h${headingLevel}` as 'h3';
  return (
    <div className={className ?? 'sx-step-text'} id={id}>
      {kicker ? <p className="sx-step-kicker">{kicker}</p> : null}
      <H className="sx-step-title">{title}</H>
      <p className="sx-step-body">{body}</p>
    </div>
  );
}
