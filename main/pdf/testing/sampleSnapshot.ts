import type { SampleSnapshot } from '../templates/sample';

/** The data the sample document is tested with: Chinese names, mixed-language faults. */
export const sampleSnapshot: SampleSnapshot = {
  header: {
    name: 'Northside Repair Depot',
    nameZh: '北區維修站',
    address: '台北市中山區民生東路二段 147 號',
    phone: '02-2507-1234',
  },
  printedAt: '2026-11-27T02:51:32.000Z',
  printedBy: 'Amy Chen 陳雅婷',
  reference: 'SAMPLE-20261127',
  rows: [
    { customer: '陳美玲', model: 'AC-2200 冷氣機', fault: '不製冷，壓縮機有異音' },
    {
      customer: 'Lin Chih-hao 林志豪',
      model: 'WM-80 洗衣機',
      fault: 'Drum does not spin / 脫水不轉',
    },
    { customer: '王小明', model: 'TV-55Q 液晶電視', fault: '開機無畫面，有聲音' },
  ],
};
