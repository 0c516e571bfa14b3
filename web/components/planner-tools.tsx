import type { Normalise } from '../api'
import { useText } from '../i18n/text'
import type { View } from '../state'
import { ProgressReportForm } from './progress-report-form'

type Props = {
  view: View
  mayImport: boolean
  historical: boolean
  onView: (view: View) => void
  onHistorical: () => void
  /** The ranking's weights and normalisation, for a report that uses them. */
  weights: Record<string, number>
  normalise: Normalise
}

/**
 * The planner's tools beside the map: ranking, scoreboard, comparison, the historical layer and the
 * progress report (the map's downloads are in map-tools.tsx).
 */
export function PlannerTools(props: Props) {
  const { text } = useText()
  return (
    <fieldset className="field planner-tools">
      <legend>{text.planner.heading}</legend>
      <div className="buttons">
        {(['ranking', 'targets', 'compare', 'allocation'] as const).map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={props.view === view}
            onClick={() => props.onView(props.view === view ? 'map' : view)}
          >
            {text.planner[view]}
          </button>
        ))}
        {props.mayImport && (
          <button
            type="button"
            aria-pressed={props.view === 'import'}
            onClick={() => props.onView(props.view === 'import' ? 'map' : 'import')}
          >
            {text.imports.open}
          </button>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={props.historical} onChange={props.onHistorical} />
        <span>{text.planner.historical}</span>
      </label>
      {props.historical && <p className="muted">{text.planner.historicalNote}</p>}
      <ProgressReportForm weights={props.weights} normalise={props.normalise} />
    </fieldset>
  )
}
