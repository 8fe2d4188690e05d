/**
 * The complaint channels and their fixed wording (legal.md §7). Wording is data, reviewed like
 * code: the composer only fills it in. The lender's own channel comes first because a 投诉
 * (a civil demand) must in principle go to the institution before a regulator.
 */
export type ChannelId = 'lender';

export interface Channel {
  id: ChannelId;
  title: { zh: string; en: string };
  /** Who the text is addressed to; `{lender}` is the lender's name or a placeholder. */
  salutation: string;
  opening: string;
  closing: string;
}

export const channels: Record<ChannelId, Channel> = {
  lender: {
    id: 'lender',
    title: { zh: '向放款机构/平台投诉', en: 'To the lender or platform' },
    salutation: '致{lender}客户服务与投诉部门：',
    opening: '本人{name}（联系电话：{phone}）就在贵方办理/查看的借款提出投诉。',
    closing:
      '请贵方依照《银行业保险业消费投诉处理管理办法》，在规定期限内（一般为15日内）对上述问题作出书面答复，并告知复核、调解等后续途径。',
  },
};
