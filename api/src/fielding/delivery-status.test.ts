import { DELIVERY_KINDS, DELIVERY_STATUSES, DELIVERY_TRIGGERS, SUPPRESSION_REASONS } from '@ladder/contracts';
import { describe, expect, it } from 'vitest';
import { DeliveryKind, DeliveryStatus, DeliveryTrigger, SuppressionReason } from '../common/enums.js';
import { shownStatus, storedStatuses } from './delivery-status.js';

describe('fielding enums and the contracts vocabulary', () => {
  it('store the vocabulary values, in order', () => {
    expect(Object.values(DeliveryKind)).toEqual([...DELIVERY_KINDS]);
    expect(Object.values(DeliveryTrigger)).toEqual([...DELIVERY_TRIGGERS]);
    expect(Object.values(SuppressionReason)).toEqual([...SUPPRESSION_REASONS]);
  });

  it('show every stored delivery status, sending as QUEUED, and map each one back', () => {
    expect(Object.values(DeliveryStatus)).toEqual(DELIVERY_STATUSES.filter((s) => s !== 'sending'));
    expect(DELIVERY_STATUSES.map(shownStatus)).toEqual(['queued', 'queued', 'sent', 'failed', 'bounced', 'suppressed']);
    const covered = Object.values(DeliveryStatus).flatMap(storedStatuses).sort();
    expect(covered).toEqual([...DELIVERY_STATUSES].sort());
  });
});
