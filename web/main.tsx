import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { atMost, prefetchFirstMap } from './first-map'
import { queryClient } from './queries'
import { fromSearch } from './state'
import './styles.css'

// The data of the first coloured map is asked for before React renders the page, and the page
// renders once the colours are known (a few milliseconds on a fast network) or after 400 ms. Not a
// top-level await: that would split the page's script into many more files.
void atMost(prefetchFirstMap(fromSearch(window.location.search)), 400).then(() => {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  )
})
