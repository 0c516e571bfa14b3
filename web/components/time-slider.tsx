import { type KeyboardEvent, type PointerEvent, useRef } from 'react'
import { useText } from '../i18n/text'
import { axisFraction, nearestYearWithValues, sliderKey, stepYear, type TimeAxis, yearSpan } from '../time-axis'

type Props = {
  axis: TimeAxis
  year: number
  playing: boolean
  multiples: boolean
  onYear: (year: number) => void
  onPlay: (playing: boolean) => void
  onMultiples: () => void
}

const percent = (axis: TimeAxis, year: number) => `${(axisFraction(axis, year) * 100).toFixed(2)}%`

/**
 * The years on one axis (issue 12): 2021–2030 with the years that have values as stops, the plan's
 * target years marked, the years without values said; play, pause and step, a slider that arrow
 * keys step and Space plays, and the switch to the small multiples.
 */
export function TimeSlider({ axis, year, playing, multiples, onYear, onPlay, onMultiples }: Props) {
  const { text, language } = useText()
  const scale = useRef<HTMLDivElement>(null)
  const first = axis.withValues[0] ?? year
  const last = axis.withValues.at(-1) ?? year
  const targets = axis.years.flatMap((item) => item.targets)

  const yearAt = (event: PointerEvent) => {
    const box = scale.current?.getBoundingClientRect()
    return box ? nearestYearWithValues(axis, (event.clientX - box.left) / (box.width || 1)) : null
  }
  const choose = (chosen: number | null) => {
    if (chosen !== null && chosen !== year) onYear(chosen)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const action = sliderKey(axis, year, event.key)
    if (action === null) return
    event.preventDefault()
    if (action === 'play') onPlay(!playing)
    else choose(action)
  }

  return (
    <fieldset className="field time-slider">
      <legend>{text.year}</legend>
      <div className="time-controls">
        <button
          type="button"
          className="time-step"
          aria-label={text.time.previous}
          disabled={year <= first}
          onClick={() => choose(stepYear(axis, year, -1))}
        >
          ‹
        </button>
        <button
          type="button"
          className="time-play"
          aria-pressed={playing}
          title={text.time.playTitle}
          disabled={axis.withValues.length < 2}
          onClick={() => onPlay(!playing)}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶\uFE0E'}</span> {playing ? text.time.pause : text.time.play}
        </button>
        <button
          type="button"
          className="time-step"
          aria-label={text.time.next}
          disabled={year >= last}
          onClick={() => choose(stepYear(axis, year, 1))}
        >
          ›
        </button>
        <output className="time-year" aria-live="polite">
          {playing ? text.time.playingYear(year) : year}
        </output>
      </div>
      <div
        className="time-axis"
        role="slider"
        tabIndex={0}
        aria-label={text.time.slider}
        aria-valuemin={axis.first}
        aria-valuemax={axis.last}
        aria-valuenow={year}
        aria-valuetext={text.time.valueText(year, true)}
        aria-keyshortcuts="ArrowLeft ArrowRight Home End Space"
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId)
          choose(yearAt(event))
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) choose(yearAt(event))
        }}
      >
        <div className="time-scale" ref={scale}>
          <span className="time-track" />
          {axis.withoutValues.map((run) => (
            <span
              key={run.from}
              className="time-gap"
              style={{ left: percent(axis, run.from - 0.4), right: `calc(100% - ${percent(axis, run.to + 0.4)})` }}
            />
          ))}
          {axis.years.map((item) => (
            <span
              key={item.year}
              className={['time-tick', item.hasValues ? 'has-values' : 'no-values', item.year === year && 'chosen']
                .filter(Boolean)
                .join(' ')}
              style={{ left: percent(axis, item.year) }}
              title={text.time.valueText(item.year, item.hasValues)}
            >
              {item.targets.length > 0 && (
                <span className="time-target" title={text.time.targetMark(item.year)}>
                  ◆
                </span>
              )}
              <span className="time-label">{item.year}</span>
            </span>
          ))}
          <span className="time-thumb" style={{ left: percent(axis, year) }} aria-hidden="true" />
        </div>
      </div>
      <ul className="time-key muted">
        {targets.map((target) => (
          <li key={`${target.year}-${target.scope}`}>
            <span className="time-target" aria-hidden="true">
              ◆
            </span>{' '}
            {text.target(target.year, target.words[language])}
          </li>
        ))}
        {axis.withoutValues.length > 0 && (
          <li>
            <span className="time-gap-key" aria-hidden="true" />{' '}
            {text.time.withoutValues(axis.withoutValues.map(yearSpan).join(', '))}
          </li>
        )}
      </ul>
      <div className="time-more">
        <button type="button" className="time-multiples" aria-pressed={multiples} onClick={onMultiples}>
          {text.time.multiples}
        </button>
        <span className="muted hint">{text.time.keys}</span>
      </div>
    </fieldset>
  )
}
