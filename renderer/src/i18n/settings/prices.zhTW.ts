import type { Messages } from '../en';
import type { pricesEn } from './prices.en';

export const pricesZhTW: Messages<typeof pricesEn> = {
  intro:
    '保固範圍外的維修向客戶收取的費用。零件依其售價計價，未設售價者依平均成本加該類別加成；工資依下列最明確的費率（站點的產品類別、產品類別、站點），否則依本站工資率每小時 {{rate}} {{currency}}。稅額每張帳單計算一次。',
  tax: '稅率（%）',
  inspectionFee: '未同意報價之檢測費（{{currency}}，未稅）',
  markups: '零件類別加成',
  category: '類別',
  percent: '加成（%）',
  addMarkup: '新增加成',
  labourRates: '工資費率',
  labourRule: '請指定產品類別、維修站點或兩者。',
  productType: '產品類別',
  station: '維修站點',
  any: '不限',
  rate: '每小時（{{currency}}）',
  addRate: '新增工資費率',
  remove: '移除',
  save: '儲存價格',
  saved: '價格已儲存',
};
