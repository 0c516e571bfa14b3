import { useEffect, useMemo } from 'react'
import type { UnitCollection } from '../api'
import type { Choropleth } from '../choropleth'
import { useText } from '../i18n/text'
import { multiplesGeometry } from '../multiples-geometry'
import { noDataColour } from '../palette'
import { type TimeAxis, yearSpan } from '../time-axis'

type Props = {
  communes: UnitCollection
  axis: TimeAxis
  /** Each year with values and its map, with the main map's classes; null while a year loads or when it failed. */
  maps: { year: number; choropleth: Choropleth | null; failed: boolean }[]
  year: number
  onYear: (year: number) => void
  onClose: () => void
  /** Called once the small maps take their room under the main map (the main map is fitted again). */
  onShown?: () => void
}

/**
 * One small map per year with values, side by side (a grid on a phone), coloured with the main
 * map's classes so the legend reads them all (issue 12). SVG from the communes already loaded,
 * simplified once: no WebGL context per map. A click opens that year on the main map.
 */
export function SmallMultiples({ communes, axis, maps, year, onYear, onClose, onShown }: Props) {
  const { text } = useText()
  const geometry = useMemo(() => multiplesGeometry(communes), [communes])
  // Once, on opening: the map above has just become shorter.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the small maps first appear
  useEffect(() => onShown?.(), [])
  return (
    <section className="small-multiples" aria-labelledby="multiples-title">
      <header>
        <h2 id="multiples-title">{text.time.multiplesHeading}</h2>
        <p className="muted">{text.time.multiplesNote}</p>
        <button type="button" className="close" aria-label={text.time.close} onClick={onClose}>
          ×
        </button>
      </header>
      <ul className="multiples-grid">
        {maps.map(({ year: shown, choropleth, failed }) => {
          const withValues = choropleth ? choropleth.classes.reduce((total, item) => total + item.codes.length, 0) : 0
          return (
            <li key={shown}>
              <button
                type="button"
                className="multiple"
                aria-pressed={shown === year}
                aria-label={text.time.openYear(shown)}
                onClick={() => onYear(shown)}
              >
                <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} aria-hidden="true">
                  {geometry.shapes.map((shape) => (
                    <path
                      key={shape.code}
                      d={shape.path}
                      fill={choropleth?.colours.get(shape.code) ?? noDataColour}
                      data-code={shape.code}
                    />
                  ))}
                </svg>
                <span className="multiple-year">{shown}</span>
                <span className={failed ? 'multiple-count failed' : 'multiple-count muted'}>
                  {failed
                    ? text.time.yearFailed
                    : !choropleth
                      ? text.loading
                      : withValues > 0
                        ? text.time.communesWithValues(withValues)
                        : text.time.noValues}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {axis.withoutValues.length > 0 && (
        <p className="muted">{text.time.withoutValues(axis.withoutValues.map(yearSpan).join(', '))}</p>
      )}
    </section>
  )
}
