// Part of npm run build: writes .br and .gz beside every text file of the built site (dist/client).
import { precompress } from './lib/precompress.ts';

const { files, bytes, brotliBytes } = await precompress('dist/client');
console.log(`Precompressed ${files} files: ${(bytes / 1024).toFixed(0)} KiB, ${(brotliBytes / 1024).toFixed(0)} KiB with brotli.`);
