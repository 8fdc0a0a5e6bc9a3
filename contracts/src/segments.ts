/** One part of a segment key: an attribute and the respondent's value of it (null when the respondent has none). */
export interface SegmentKeyValue {
  attribute: string;
  value: string | null;
}

/**
 * How every surface names a segment (segmentNps, alerts, findings): `tier=Enterprise, region=EMEA`, a missing
 * value as `(none)`, and `whole` for the empty key (the segment of everyone the query counted).
 */
export function segmentLabel(key: readonly SegmentKeyValue[], whole = 'All respondents'): string {
  return key.length ? key.map((k) => `${k.attribute}=${k.value ?? '(none)'}`).join(', ') : whole;
}
