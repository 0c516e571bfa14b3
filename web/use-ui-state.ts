import { useCallback, useEffect, useState } from 'react'
import { fromSearch, toSearch, type UiState } from './state'

/**
 * The UI state, read from the address on load and written back (replaceState) on every change,
 * so the address always shares the current view; Back/Forward restore earlier addresses.
 */
export function useUiState(): [UiState, (update: (state: UiState) => UiState) => void] {
  const [state, setState] = useState(() => fromSearch(window.location.search))
  useEffect(() => {
    const search = toSearch(state)
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`)
    document.documentElement.lang = state.language
  }, [state])
  useEffect(() => {
    const restore = () => setState(fromSearch(window.location.search))
    window.addEventListener('popstate', restore)
    return () => window.removeEventListener('popstate', restore)
  }, [])
  const update = useCallback((change: (state: UiState) => UiState) => setState((current) => change(current)), [])
  return [state, update]
}
