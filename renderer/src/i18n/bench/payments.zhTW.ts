import type { Messages } from '../en';
import type { paymentsEn } from './payments.en';

export const paymentsZhTW: Messages<typeof paymentsEn> = {
  title: '收款',
  billed: '應收',
  tax: '其中稅額',
  paid: '已收',
  balance: '未收餘額',
  kind: { repair: '付費維修', inspection_fee: '檢測費（未同意報價）' },
  method: { cash: '現金', card: '信用卡', transfer: '銀行轉帳', other: '其他' },
  methodLabel: '付款方式',
  amount: '金額（{{currency}}）',
  receiptNo: '收據號碼',
  record: '登錄收款',
  payBalance: '全額付清',
  recorded: '已登錄收款，收據 {{receiptNo}}',
};
