export { readPrintedDate, readPublished, type PublishedContext } from './published.js';
export { readHeadIssuer } from './issuer.js';
export { readPublisher, readTitle, stripSiteName } from './title.js';
