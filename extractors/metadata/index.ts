export { readPrintedDate, readPublished, type PublishedContext } from './published.js';
export { readHeadIssuer } from './issuer.js';
export { readBreadcrumbIssuer } from './breadcrumb.js';
export { readPublisher, readTitle, stripSiteName } from './title.js';
