import { useDeferredValue, useId, useState } from 'react'
import type { SearchResult } from '../api'
import { useText } from '../i18n/text'
import { useSearch } from '../queries'

type Props = { onChoose: (result: SearchResult) => void }

const groups: SearchResult['kind'][] = ['commune', 'district', 'former_commune', 'village']

/**
 * An ARIA combobox: type (accents optional), move with the arrow keys, Enter chooses, Escape
 * closes. Results are grouped: communes, former districts, former communes, villages.
 */
export function SearchBox({ onChoose }: Props) {
  const { text } = useText()
  const id = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const deferred = useDeferredValue(query.trim())
  const search = useSearch(deferred)
  const results = (search.data?.results ?? []).slice().sort((a, b) => groups.indexOf(a.kind) - groups.indexOf(b.kind))
  const shown = open && deferred.length > 0

  const choose = (result: SearchResult | undefined) => {
    if (!result) return
    onChoose(result)
    setQuery(result.name)
    setOpen(false)
  }
  const describe = (result: SearchResult) =>
    result.kind === 'former_commune'
      ? `${result.districtName ?? ''} · ${text.nowPartOf(result.communeName ?? '')}`
      : result.kind === 'village'
        ? text.inCommune(result.communeName ?? '')
        : null

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={text.searchLabel}
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && results[active] ? `${id}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={text.search}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
          setActive(0)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, results.length - 1))
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0))
          else if (event.key === 'Enter') choose(results[active])
          else if (event.key === 'Escape') setOpen(false)
          else return
          event.preventDefault()
        }}
      />
      {shown && (
        <div id={`${id}-list`} role="listbox" className="search-results" aria-label={text.searchLabel}>
          {results.length === 0 && !search.isFetching && <p className="muted empty">{text.searchNone}</p>}
          {results.map((result, index) => (
            <div
              key={`${result.kind}-${result.code ?? result.villageId}-${result.vintage}-${result.communeCode}`}
              tabIndex={-1}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault()
                choose(result)
              }}
            >
              {(index === 0 || results[index - 1]?.kind !== result.kind) && (
                <span className="group">{text.searchGroups[result.kind]}</span>
              )}
              <span className="name">{result.name}</span>
              {describe(result) && <span className="muted context">{describe(result)}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
