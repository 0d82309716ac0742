import { readFileSync } from 'node:fs';
import { detectSensitiveData } from 'socialcare/channel-policy';
import { formatScore, scoreCorpus } from '../tests/channel-policy/corpus-metrics';
const pos = JSON.parse(readFileSync('tests/fixtures/sensitive-data/positives.json', 'utf8'));
const neg = JSON.parse(readFileSync('tests/fixtures/sensitive-data/negatives.json', 'utf8'));
const s = scoreCorpus(detectSensitiveData, pos, neg);
console.log(formatScore(s).join('\n'));
console.log('MISSES\n' + s.misses.join('\n'));
console.log('FALSE ALARMS\n' + s.falseAlarms.join('\n'));
