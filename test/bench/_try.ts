import { storeBench } from './store';
console.table(await storeBench.run({ quick: process.argv.includes('--quick') }));
