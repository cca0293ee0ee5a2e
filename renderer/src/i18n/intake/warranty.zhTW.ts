import type { Messages } from '../en';
import type { warrantyEn } from './warranty.en';

// 收件時的保修判定（保修政策）：保修期限、不屬保修範圍的原因，以及提供客戶的方案。
export const warrantyZhTW: Messages<typeof warrantyEn> = {
  title: '保修判定',
  status: {
    covered: '保修範圍內',
    not_covered: '不在保修範圍',
    unverified: '無法確認',
  },
  statusLong: {
    covered: '在保修期限與保修範圍內：維修及更換零件免費',
    not_covered: '超出保修期限或範圍：依收費標準收費',
    unverified: '無法確認：未提供購買發票日期',
  },
  until: '保修至 {{date}}',
  expired: '保修已於 {{date}} 到期',
  period: '自購買發票日期起 {{months}} 個月',
  sourceModel: '此型號另訂的保修期限',
  sourceType: '產品類別的保修期限',
  sourceAgreement: '客戶協議 {{reference}} 的保修期限',
  chooseModel: '選擇產品型號後即顯示保修判定。',
  checking: '判定中…',
  cannotDecide: '暫時無法判定',
  exclusions: '不屬保修範圍的原因（保修政策）',
  reasons: {
    misuse: '未按使用說明書使用、維護或保管',
    force_majeure: '不可抗力（自然災害、戰爭等）',
    tampered: '經用戶或第三方自行拆卸、改裝或維修',
    expired: '已超過保修期限',
    serial_unreadable: '型號或序號被塗改、偽造或無法辨識',
  },
  expiredFromDates: '依購買發票日期判定',
  note: '檢查所見',
  notePlaceholder: '例如：機殼內有水漬',
  explanation: '向客戶說明的內容',
  explanationHint: '不在保修範圍時必填（報修流程 3.1）',
  useReasons: '帶入判定原因',
  offer: '提供客戶的方案',
  offers: {
    paid_repair: '付費維修（由維修台報價）',
    return_unrepaired: '不維修，原機退回',
  },
  overridden: '經主管核准保修',
};
