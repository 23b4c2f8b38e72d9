/** Radius (mm) of a 1.3 mm percutaneous lead. */
export const LEAD_RADIUS = 0.65;
/** Length (mm) of one contact. */
export const CONTACT_LEN = 3;
/** Insulated gap (mm) between contacts. */
const CONTACT_GAP = 4;

/** Contact centres as arc-length fractions from the tip back along the lead (percutaneous lead: 3 mm contacts, 4 mm gaps). */
export function contactStations(lengthMm: number, contacts: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < contacts; i++) {
    const fromTip = 2 + CONTACT_LEN / 2 + i * (CONTACT_LEN + CONTACT_GAP);
    out.push(Math.max(0, 1 - fromTip / Math.max(lengthMm, 1)));
  }
  return out;
}
