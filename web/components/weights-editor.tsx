import { useEffect, useState } from 'react'
import type { Indicator, Normalise } from '../api'
import { indicatorName, useText } from '../i18n/text'
import { presets, presetWeights } from '../ranking'

type Props = {
  indicators: Indicator[]
  weights: Record<string, number>
  normalise: Normalise
  topN: number
  onWeights: (weights: Record<string, number>) => void
  onNormalise: (normalise: Normalise) => void
  onTopN: (count: number) => void
}

/**
 * Which indicators count and how much: a checkbox and a slider each, presets for common questions.
 * Slider moves are gathered for a moment before the ranking is asked for again.
 */
export function WeightsEditor({ indicators, weights, normalise, topN, onWeights, onNormalise, onTopN }: Props) {
  const { text, language } = useText()
  const [draft, setDraft] = useState(weights)
  useEffect(() => setDraft(weights), [weights])
  useEffect(() => {
    if (JSON.stringify(draft) === JSON.stringify(weights)) return
    const timer = setTimeout(() => onWeights(draft), 350)
    return () => clearTimeout(timer)
  }, [draft, weights, onWeights])

  const row = (indicator: Indicator) => {
    const weight = draft[indicator.code]
    const name = indicatorName(indicator, language)
    return (
      <div key={indicator.code} className="weight-row">
        <label className="check">
          <input
            type="checkbox"
            checked={weight !== undefined}
            onChange={(event) => {
              const next = { ...draft }
              if (event.target.checked) next[indicator.code] = 1
              else delete next[indicator.code]
              setDraft(next)
            }}
          />
          <span>{name}</span>
        </label>
        {weight !== undefined && (
          <input
            type="range"
            min={0.5}
            max={5}
            step={0.5}
            value={weight}
            aria-label={`${text.planner.weights}: ${name}`}
            onChange={(event) => setDraft({ ...draft, [indicator.code]: Number(event.target.value) })}
          />
        )}
        {weight !== undefined && <span className="number">×{weight}</span>}
      </div>
    )
  }

  return (
    <div className="weights">
      <div className="buttons">
        {presets.map((preset) => (
          <button key={preset} type="button" onClick={() => onWeights(presetWeights(preset, indicators))}>
            {text.planner.presets[preset]}
          </button>
        ))}
      </div>
      <fieldset className="field">
        <legend>{text.planner.weights}</legend>
        {indicators.filter((indicator) => draft[indicator.code] !== undefined).map(row)}
        <details className="more-indicators">
          <summary>
            {text.planner.moreIndicators(indicators.filter((indicator) => draft[indicator.code] === undefined).length)}
          </summary>
          {indicators.filter((indicator) => draft[indicator.code] === undefined).map(row)}
        </details>
      </fieldset>
      <div className="inline-form">
        <label>
          {text.planner.normalise}{' '}
          <select value={normalise} onChange={(event) => onNormalise(event.target.value as Normalise)}>
            {(['minmax', 'rank'] as const).map((method) => (
              <option key={method} value={method}>
                {text.planner.normalisations[method]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.planner.topN}{' '}
          <input
            type="number"
            min={1}
            max={65}
            value={topN}
            onChange={(event) => onTopN(Number(event.target.value) || 10)}
          />
        </label>
      </div>
    </div>
  )
}
