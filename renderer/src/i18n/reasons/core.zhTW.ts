import type { ReasonTexts } from './types';

export const coreZhTW: ReasonTexts<'core'> = {
  internal: 'Depot 核心發生錯誤，詳情已記錄在日誌中。',
  changedElsewhere: '{{record}} 已被其他人修改，請重新載入後再試。',
  changedMeanwhile: '{{record}} 在儲存時已被變更，請再試一次。',
};
