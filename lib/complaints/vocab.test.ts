import { describe, expect, it } from 'vitest';
import { complaintStage } from './vocab';

describe('complaintStage', () => {
  it('follows the status once decided, the progress while open', () => {
    expect(complaintStage({ status: 'open', progress: 'received' })).toBe('received');
    expect(complaintStage({ status: 'open', progress: 'in_progress' })).toBe('in_progress');
    expect(complaintStage({ status: 'resolved', progress: 'in_progress' })).toBe('answered');
    expect(complaintStage({ status: 'resolved', progress: 'received' })).toBe('answered');
    expect(complaintStage({ status: 'dismissed', progress: 'in_progress' })).toBe('rejected');
  });
});
