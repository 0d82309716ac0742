import { detectSensitiveData } from 'socialcare/channel-policy';
const M = 1 << 20;
const inputs: Record<string, string> = {
  'one-space': '1 '.repeat(M / 2),
  digits: '1'.repeat(M),
  'a-at': 'a@'.repeat(M / 2),
  'at-a': '@a.'.repeat(M / 3),
  dashes: '1-'.repeat(M / 2),
  'phone-rep': '+44 20 7946 0958 '.repeat(M / 17),
  'card-rep': '4111 1111 1111 1111 '.repeat(M / 20),
  'order-spaces': 'order ' + ' '.repeat(M),
  'password': 'password is '.repeat(M / 12),
  'iban': 'GB82 '.repeat(M / 5),
  'paren': '('.repeat(M),
  'plus-digit': '+1'.repeat(M / 2),
  'dot-digits': '1.'.repeat(M / 2),
  'mixed': 'a1 b2-c3.d4@e5 '.repeat(M / 15),
  'emails': 'x@example.com '.repeat(M / 14),
  'ssn': '123-45-6789 '.repeat(M / 12),
  'letters': 'AB123456C '.repeat(M/10),
};
for (const [name, text] of Object.entries(inputs)) {
  const t = performance.now();
  const f = detectSensitiveData(text);
  console.log(name.padEnd(14), (performance.now() - t).toFixed(0).padStart(6), 'ms', f.length);
}
