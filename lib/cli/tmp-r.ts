import { loadShippedSearcher } from './load-guide-searcher';
import { planQuery } from '../search/query-plan';
const s = loadShippedSearcher();
for (const q of process.argv.slice(3)) { const r = s.search(q, { lang: process.argv[2] as 'ru' }); console.log(q, '→', r.hits[0]?.answer.id, r.hits[0]?.answer.title, r.confident, JSON.stringify(r.declineReason)); }
