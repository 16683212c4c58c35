import { describe, expect, it } from 'vitest';
import { validatePanelRequest } from '../../lib/panel-request';

describe('validatePanelRequest', () => {
  it('should accept the two panel requests and nothing else', () => {
    expect(validatePanelRequest({ name: 'openPanel', data: { query: 'x' } })).toEqual({ name: 'openPanel', data: { query: 'x' } });
    expect(validatePanelRequest({ name: 'togglePanel', data: {} })).toEqual({ name: 'togglePanel', data: {} });
    expect(validatePanelRequest({ name: 'openPanel', data: { query: 1 } })).toBeNull();
    expect(validatePanelRequest({ name: 'search', data: {} })).toBeNull();
    expect(validatePanelRequest(null)).toBeNull();
  });
});
