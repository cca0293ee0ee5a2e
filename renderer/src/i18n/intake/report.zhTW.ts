import type { Messages } from '../en';
import type { reportEn } from './report.en';

// 收件表單的報修內容：報修方式、維修站點、故障描述、配件、外觀狀況與照片。
export const reportZhTW: Messages<typeof reportEn> = {
  title: '報修內容',
  channel: '報修方式',
  channels: {
    phone: '電話',
    email: '電子郵件',
    online: '線上客服',
    counter: '櫃台',
  },
  station: '維修站點',
  fault: '故障描述',
  faultHint: '依客戶的描述記錄',
  accessories: '收到的配件',
  accessoryCodes: {
    power_adapter: '電源供應器',
    power_cord: '電源線',
    cable: '連接線',
    battery: '電池',
    remote: '遙控器',
    charger: '充電器',
    case: '保護殼',
    box: '包裝盒',
    manual: '使用說明書',
    memory_card: '記憶卡',
  },
  accessoriesNote: '其他配件',
  condition: '外觀狀況',
  conditionHint: '刮痕、凹陷、缺件…',
  emergency: '緊急',
  emergencyHint: '{{hours}} 小時內回應，{{days}} 個工作日內技術員到場',
  photos: '產品照片',
  photosHint: 'JPEG 或 PNG，隨報修單保存',
  photosCount_one: '{{count}} 張照片',
  photosCount_other: '{{count}} 張照片',
};
