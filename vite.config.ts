import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The web app lives in web/ and builds to dist/, which the Hono server serves at `/`.
// In development (`npm run dev`) the API runs on PORT (8080) and Vite proxies /api to it.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // MapLibre changes rarely and is large: its own chunk caches well. deck.gl is left to the
        // bundler, which puts it in the lazily loaded overlay's chunk (see map/map-view.tsx).
        manualChunks: (id) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 8080}` },
  },
})
