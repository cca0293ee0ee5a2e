import type { Messages } from '../en';
import type { appEn } from './app.en';

// 系統名稱，以及連線到維修站核心時的啟動畫面。
export const appZhTW: Messages<typeof appEn> = {
  name: 'Depot 維修站',
  connecting: '正在連線到維修站系統…',
  unreachable: '無法連線到 Depot 核心服務。',
  retry: '重試',
};
