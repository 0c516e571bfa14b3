import { useState } from 'react'

/**
 * A yes or no a person chose once and this browser keeps (the folded sample banner): a preference,
 * not part of the view, so it is not in the address a shared link carries.
 */
export function useRemembered(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) === '1'
    } catch {
      return false
    }
  })
  const remember = (next: boolean) => {
    setValue(next)
    try {
      localStorage.setItem(key, next ? '1' : '0')
    } catch {
      // Storage refused (private mode): the choice lasts for this visit.
    }
  }
  return [value, remember]
}
