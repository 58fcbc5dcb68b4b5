export { readPrintedDate, readPublished, type PublishedContext } from './published.js';
export { readBylineIssuer } from './issuer.js';
export { readPublisher, readTitle, stripSiteName } from './title.js';
