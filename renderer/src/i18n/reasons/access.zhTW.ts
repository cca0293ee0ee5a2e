import type { ReasonTexts } from './types';

export const accessZhTW: ReasonTexts<'access'> = {
  signInFirst: '請先登入。',
  locked: '此工作站已鎖定，請輸入 PIN 繼續。',
  roleMayNot: '您的角色不能執行此操作。',
  unknownRequest: 'Depot 核心無法辨識此畫面的要求，請更新應用程式。',
};
