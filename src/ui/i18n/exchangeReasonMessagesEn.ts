import { EXCHANGE_REASON_ENGLISH } from '../../core/exchange/exchangeReasonEnglish.ts';
import { prefixed } from './prefixedMessages.ts';

/** The English catalogue's reasons a field of a work package or bundle is refused: core's sentences, as tests and logs read them. */
export const exchangeReasonMessagesEn = prefixed('exchange.reason.', EXCHANGE_REASON_ENGLISH);
