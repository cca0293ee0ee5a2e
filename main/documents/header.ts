import type { Settings } from '../settings/settingsSchema';

/** The depot header printed on every document, frozen into each document's snapshot. */
export type DocumentHeader = { name: string; nameZh: string; address: string; phone: string };

export function documentHeader(settings: Settings): DocumentHeader {
  const { name, nameZh, address, phone } = settings.depot;
  return { name, nameZh, address, phone };
}
