import { INGEST_SOURCES } from '@ladder/contracts';
import { describe, expect, it } from 'vitest';
import { IngestSourceKind } from '../common/enums.js';

describe('IngestSourceKind', () => {
  it('stores exactly the contracts’ ingest sources, in order (the URL segment and the stored source)', () => {
    expect(Object.values(IngestSourceKind)).toEqual([...INGEST_SOURCES]);
  });
});
