/** What the inbound handler loads at its first message (one chunk of the deployment package): the use case. */
export { receiveMail } from '../app/receive-mail.js';
export { storedDelivery } from '../app/stored-delivery.js';
