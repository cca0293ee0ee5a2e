import { glossaryIn } from '../../../../main/rules/glossary';
import type { ReasonTexts } from './types';

const g = glossaryIn('zh-TW');

export const attachmentsZhTW: ReasonTexts<'attachments'> = {
  attachmentNotFound: '找不到附件 #{{id}}。',
  ticketCancelled: `${g.ticket} {{reportNo}} 已取消，不能再加入附件。`,
  tooManyPhotos: `${g.ticket} {{reportNo}} 已有 {{max}} 張照片，已達每張${g.ticket}的上限。`,
  alreadySigned: `${g.ticket} {{reportNo}} 已簽名，已簽名的${g.receipt}不能更改。`,
  fileMissing: '附件檔案 {{file}} 遺失。',
  fileAltered: '附件檔案 {{file}} 已被更改：與其檢查碼不符。',
};
