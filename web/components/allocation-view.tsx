import '../allocation.css'
import { useEffect, useMemo, useState } from 'react'
import { type AllocationForm, draftOf, formOf, newForm, parametersOf } from '../allocation'
import { useAllocationPreview, useAllocationScenario, useSettled } from '../allocation-queries'
import { type Indicator, type Normalise, weightsParameter } from '../api'
import { errorText } from '../i18n/error-text'
import { indicatorName, useText } from '../i18n/text'
import type { Label } from '../layers/places'
import { useConfig } from '../queries'
import { AllocationActions } from './allocation-actions'
import { AllocationComparisonView } from './allocation-comparison'
import { AllocationFormFields, AllocationRule } from './allocation-form'
import { AllocationOverrides } from './allocation-overrides'
import { AllocationResult } from './allocation-result'
import { AllocationScenarios } from './allocation-scenarios'

type Props = {
  may: boolean
  /** The open scenario and the one it is compared with (state.ts, in the address). */
  scenario: string | null
  against: string | null
  labels: Label[]
  /** The current ranking (of the map's year, as the ranking panel), for the disadvantage criterion. */
  ranking: { weights: Record<string, number>; normalise: Normalise; year: number }
  indicators: Indicator[]
  onOpen: (id: string | null) => void
  onCompare: (id: string | null) => void
  onBack: () => void
}

/**
 * Capital allocation scenarios (issue 11 §2), planners and admins: the form on the left, the
 * server's answer for it on the right (map, table, warnings, what a coefficient moves), saved
 * scenarios opened, copied, withdrawn, compared and downloaded. The form is this page's own state
 * (a scenario has up to 65 overrides: too much for the address, which names the open scenario).
 */
export function AllocationView(props: Props) {
  const { text, language } = useText()
  const config = useConfig()
  const [form, setForm] = useState<AllocationForm>(newForm)
  const [dirty, setDirty] = useState(false)
  const [loaded, setLoaded] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const scenario = useAllocationScenario(props.may ? props.scenario : null)

  // The scenario opened is put in the form once; "new scenario" empties it.
  useEffect(() => {
    if (props.scenario === null && loaded !== null) {
      setForm(newForm)
      setLoaded(null)
      setDirty(false)
    } else if (scenario.data && scenario.data.id === props.scenario && scenario.data.id !== loaded) {
      setForm(formOf(scenario.data))
      setLoaded(scenario.data.id)
      setDirty(false)
    }
  }, [props.scenario, scenario.data, loaded])

  // By value: the ranking's weights are a new object on every render of the app.
  const weightsText = weightsParameter(props.ranking.weights)
  const current = useMemo(
    () => ({ weights: weightsText, normalise: props.ranking.normalise, year: props.ranking.year }),
    [weightsText, props.ranking.normalise, props.ranking.year],
  )
  const parameters = useSettled(useMemo(() => parametersOf(form, current), [form, current]))
  const preview = useAllocationPreview(parameters, props.may && parameters.total !== null)
  const words = preview.data?.words ?? config.data?.allocation
  const defaults = config.data?.allocation.coefficients
  const change = (next: AllocationForm) => {
    setForm(next)
    setDirty(true)
  }
  const rankingWords =
    form.ranking?.weights ??
    Object.entries(props.ranking.weights)
      .map(([code, weight]) => {
        const indicator = props.indicators.find((item) => item.code === code)
        return `${indicator ? indicatorName(indicator, language) : code} ×${weight}`
      })
      .join(', ')
  const open = scenario.data && scenario.data.id === props.scenario ? scenario.data : null

  return (
    <article className="page allocation">
      <button type="button" className="link" onClick={props.onBack}>
        ← {text.views.map}
      </button>
      <h1>{text.allocation.heading}</h1>
      <p className="muted">{text.allocation.intro}</p>
      {!props.may && <p className="notice">{text.allocation.signIn}</p>}
      {scenario.error && (
        <p className="notice error" role="alert">
          {errorText(scenario.error, language)}
        </p>
      )}
      {props.may && words && defaults && (
        <div className="allocation-layout">
          <div className="allocation-side">
            <AllocationScenarios open={props.scenario} onOpen={props.onOpen} />
            <AllocationRule words={words} />
            <AllocationFormFields
              form={form}
              words={words}
              defaults={defaults}
              rankingWords={rankingWords}
              rankingYear={form.ranking?.year ?? props.ranking.year}
              onChange={change}
            />
            <AllocationOverrides
              form={form}
              items={preview.data?.items ?? []}
              chosen={chosen}
              onChoose={setChosen}
              onChange={change}
            />
            <AllocationActions
              scenario={open}
              draft={draftOf(form, current)}
              dirty={dirty}
              against={props.against}
              onSaved={(id) => {
                setDirty(false)
                if (id !== props.scenario) props.onOpen(id)
              }}
              onCompare={props.onCompare}
            />
          </div>
          <div className="allocation-main">
            {open && props.against ? (
              // What the open scenario gives more or less than the one it is compared with.
              <AllocationComparisonView
                first={props.against}
                second={open.id}
                labels={props.labels}
                chosen={chosen}
                onChoose={setChosen}
                onClose={() => props.onCompare(null)}
              />
            ) : (
              <>
                <h2>{text.allocation.result}</h2>
                {form.total === null && <p className="muted">{text.allocation.enterTotal}</p>}
                {preview.isFetching && <p className="muted">{text.allocation.computing}</p>}
                {preview.error && (
                  <p className="notice error" role="alert">
                    {errorText(preview.error, language)}
                  </p>
                )}
                {preview.data && !preview.error && form.total !== null && (
                  <AllocationResult answer={preview.data} labels={props.labels} chosen={chosen} onChoose={setChosen} />
                )}
              </>
            )}
          </div>
        </div>
      )}
    </article>
  )
}
