export { readPrintedDate, readPublished, type PublishedContext } from './published.js';
export { readTitle, stripSiteName } from './title.js';
