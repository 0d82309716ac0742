import { kpiDemo } from './kpi';
console.log(kpiDemo().join('\n'));
