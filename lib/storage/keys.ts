/** Storage keys in one place, so the background, the popup and the tests agree on them. */
export const reportKey = (tabId: number): string => `report:${tabId}`;
export const scanStateKey = (tabId: number): string => `scan:${tabId}`;
export const settingsKey = 'settings';
export const historyKey = 'history';
export const contactLogKey = 'contactLog';
export const negotiationDraftKey = 'negotiationDraft';
