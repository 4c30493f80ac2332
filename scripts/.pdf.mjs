import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage();
await p.goto(process.argv[2]); await p.waitForTimeout(800);
await p.pdf({ path: process.argv[3], format: process.argv[4] ?? 'A4' });
await b.close();
