export { buildPageData, type PageData, type PageEvaluation, type PageItem, type PageQuote, type PageRow } from './data.js';
export { jsonForScript, renderHtmlPage, type PageInput } from './page.js';
