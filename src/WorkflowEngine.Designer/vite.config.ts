import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The Web project serves these two files from wwwroot/designer under fixed names that its Razor
// view references, so the build emits no hashes and a single ES module (no chunks to preload).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../WorkflowEngine.Web/wwwroot/designer',
    emptyOutDir: true,
    modulePreload: false,
    sourcemap: false,
    // React, React Flow, dagre and CodeMirror (the rule-set editor) make one file of about 880 kB
    // (280 kB gzipped); that is expected.
    chunkSizeWarningLimit: 950,
    rolldownOptions: {
      input: 'src/main.tsx',
      output: {
        format: 'es',
        entryFileNames: 'designer.js',
        assetFileNames: (asset) =>
          (asset.names ?? []).some((name) => name.endsWith('.css')) ? 'designer.css' : '[name][extname]',
        codeSplitting: false,
      },
    },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
