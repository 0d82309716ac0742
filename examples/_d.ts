import { detectSensitiveData } from 'socialcare/channel-policy';
for (const t of ['Hi, membership no. M-5567123. Any update?', 'membership no. M-5567123']) console.log(detectSensitiveData(t));
console.log(45678912 % 23, 'TRWAGMYFPDXBNJZSQVHLCKE'[45678912 % 23], 20000001 % 23, 'TRWAGMYFPDXBNJZSQVHLCKE'[20000001 % 23]);
