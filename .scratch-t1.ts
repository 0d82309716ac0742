import { readTwcsFile, readTwcs } from 'socialcare/io';
const t0 = performance.now();
const r = readTwcsFile('/work/shared/data/twcs_head5000.csv');
let n = 0; const byDir = { inbound: 0, outbound: 0 } as Record<string, number>;
for await (const m of r) { n++; byDir[m.direction]!++; }
console.log(n, byDir, r.report.rows, r.report.lines, r.report.bytes, r.report.malformed, performance.now() - t0);
const bad = readTwcs([',tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n0,1,a,True,Tue Oct 31 22:10:47 +0000 2017,"x\n",,\n1,2,b,Maybe,Tue Oct 31 22:10:47 +0000 2017,hi,,\n2,3,c,False,Tue Oct 31 22:10:47 +0000 2017,"unclosed,,\n3,4,d,True,x,y,,\n']);
for await (const m of bad) console.log(m.id, JSON.stringify(m.text));
console.log(bad.report);
