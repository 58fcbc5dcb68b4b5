export { readPrintedDate, readPublished, type PublishedContext } from './published.js';
export { readPublisher, readTitle, stripSiteName } from './title.js';
