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
        // The map libraries change rarely and are large: their own chunks cache well.
        manualChunks: (id) => {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre'
          if (
            id.includes('node_modules/@deck.gl') ||
            id.includes('node_modules/@luma.gl') ||
            id.includes('node_modules/@loaders.gl') ||
            id.includes('node_modules/@math.gl')
          )
            return 'deck'
          return undefined
        },
      },
    },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 8080}` },
  },
})
