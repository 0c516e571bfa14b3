import type { AllocationForm, CoefficientName, CriterionCode } from '../allocation'
import type { Allocation, Config } from '../api'
import { useText } from '../i18n/text'

type Words = Config['allocation']

type Props = {
  form: AllocationForm
  /** The rule as the server words it: for the form's coefficients once a preview answers, else the defaults. */
  words: Allocation['words'] | Words
  defaults: Words['coefficients']
  /** The current ranking's weights in words, for the disadvantage criterion. */
  rankingWords: string
  /** The year of that ranking: the scenario's own, else the map's (as the ranking panel's). */
  rankingYear: number
  onChange: (form: AllocationForm) => void
}

const classNames: CoefficientName[] = ['regionIII', 'safeZone', 'border', 'regionII', 'regionI', 'other']

/** A number typed, or undefined for an empty field (the default then applies). */
const typed = (text: string) => (text.trim() === '' ? undefined : Number(text))

/** The scenario's name, program, total, class coefficients and optional criteria, each rule in words beside it. */
export function AllocationFormFields({ form, words, defaults, rankingWords, rankingYear, onChange }: Props) {
  const { text, language } = useText()
  const coefficient = (name: CoefficientName) => form.coefficients[name] ?? defaults[name]
  const setCoefficient = (name: CoefficientName, value: number | undefined) => {
    const coefficients = { ...form.coefficients }
    if (value === undefined) delete coefficients[name]
    else coefficients[name] = value
    onChange({ ...form, coefficients })
  }
  const criteria = Object.keys(words.criteria) as CriterionCode[]
  return (
    <section className="allocation-form">
      <h2>{text.allocation.parameters}</h2>
      <div className="stacked-form">
        <label>
          {text.allocation.name}
          <input
            type="text"
            maxLength={200}
            value={form.name}
            onChange={(event) => onChange({ ...form, name: event.target.value })}
          />
        </label>
        <label>
          {text.allocation.program}
          <input
            type="text"
            maxLength={300}
            value={form.program}
            placeholder={text.allocation.programPlaceholder}
            onChange={(event) => onChange({ ...form, program: event.target.value })}
          />
        </label>
        <label>
          {text.allocation.total}
          <input
            type="number"
            min={1}
            max={10_000_000}
            step={1}
            value={form.total ?? ''}
            onChange={(event) => onChange({ ...form, total: typed(event.target.value) ?? null })}
          />
        </label>
        <p className="muted">{text.allocation.totalNote}</p>
      </div>
      <fieldset className="allocation-coefficients">
        <legend>{text.allocation.coefficients}</legend>
        {[...classNames, 'village' as const].map((name) => (
          <label key={name}>
            <span>{name === 'village' ? text.allocation.village : words.classes[name][language]}</span>
            <input
              type="number"
              min={0}
              max={1000}
              step={0.01}
              value={coefficient(name)}
              onChange={(event) => setCoefficient(name, typed(event.target.value))}
            />
          </label>
        ))}
        <button type="button" className="link" onClick={() => onChange({ ...form, coefficients: {} })}>
          {text.allocation.defaults}
        </button>
      </fieldset>
      <fieldset className="allocation-criteria">
        <legend>{text.allocation.criteria}</legend>
        {criteria.map((code) => (
          <div key={code} className="allocation-criterion">
            <label>
              <span>{text.allocation.weight(words.criterionNames[code][language])}</span>
              <input
                type="number"
                min={0}
                max={1000}
                step={0.01}
                value={form.weights[code] ?? 0}
                onChange={(event) =>
                  onChange({ ...form, weights: { ...form.weights, [code]: typed(event.target.value) } })
                }
              />
            </label>
            <p className="muted">{words.criteria[code][language]}</p>
            {code === 'disadvantage' && (form.weights.disadvantage ?? 0) > 0 && (
              <p className="muted">{text.allocation.rankingUsed(rankingWords, rankingYear)}</p>
            )}
          </div>
        ))}
        <p className="muted">{words.optional[language]}</p>
      </fieldset>
    </section>
  )
}

/** The rule in the server's words, with the worked example (a region III commune with 4 villages: 54). */
export function AllocationRule({ words }: { words: Allocation['words'] | Words }) {
  const { text, language } = useText()
  return (
    <section className="allocation-rule">
      <h2>{text.allocation.rule}</h2>
      <p>{words.formula[language]}</p>
      <p className="allocation-example">{words.example[language]}</p>
      <p className="muted">{words.startingPoint[language]}</p>
      <p className="muted">{words.inputs[language]}</p>
      <p className="muted">
        {text.allocation.sources}: {words.source[language]}
      </p>
    </section>
  )
}
