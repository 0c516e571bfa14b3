import type { Indicator } from '../api'
import type { Choropleth } from '../choropleth'
import { indicatorName, useText } from '../i18n/text'
import { classLabel } from '../legend-entries'
import { noDataColour } from '../palette'
import { ProvenanceBadge } from './provenance-badge'

type Props = {
  indicator: Indicator
  year: number
  choropleth: Choropleth
  provenances: ('official' | 'sample' | 'imported')[]
  /** The server's words for the rule by which pre-merger values were carried, when they were. */
  carriedRule: { vi: string; en: string } | null
  highlightClass: number | null
  /** How the classes stay across years ("fixed over the values of every year 2021–2026"), when they do. */
  classesNote?: string | null
  villageLegend: { name: string; yes: string; no: string } | null
  onHighlight: (index: number | null) => void
  onMethodology: () => void
}

/** Classes with their ranges and commune counts, the unit, the target, and where the values come from. */
export function Legend(props: Props) {
  const { text, language } = useText()
  const { choropleth, indicator } = props
  const target = choropleth.target
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">
        {indicatorName(indicator, language)} <span className="year">({props.year})</span>
      </h2>
      <p className="muted">
        {text.unitLabel}: {text.units[choropleth.unit] ?? choropleth.unit}
      </p>
      <ul className="classes">
        {choropleth.classes.map((item, index) => (
          <li key={item.key}>
            <button
              type="button"
              aria-pressed={props.highlightClass === index}
              onClick={() => props.onHighlight(index)}
              className={props.highlightClass === index ? 'class chosen' : 'class'}
            >
              <span className="swatch" style={{ background: item.colour }} />
              <span className="class-label">{classLabel(item, choropleth, text, language)}</span>
              <span className="count">{text.communesCount(item.codes.length)}</span>
            </button>
          </li>
        ))}
        <li>
          <span className="class static">
            <span className="swatch no-data" style={{ backgroundColor: noDataColour }} />
            <span className="class-label">{text.noData}</span>
            <span className="count">{text.communesCount(choropleth.noData.length)}</span>
          </span>
        </li>
      </ul>
      {props.classesNote && <p className="muted classes-note">{props.classesNote}</p>}
      <p className="muted hint">{text.legendHint}</p>
      {target && (
        <p className="target-line">
          <span className="target-mark" aria-hidden="true" />
          {text.target(target.year, target.words[language])}
        </p>
      )}
      {choropleth.fallback === 'no-commune-target' && <p className="notice">{text.noCommuneTarget}</p>}
      {props.carriedRule && <p className="notice">{text.carriedNote(props.carriedRule[language])}</p>}
      {props.villageLegend && (
        <div className="village-legend">
          <p className="muted">{props.villageLegend.name}</p>
          <span className="dot" style={{ background: props.villageLegend.yes }} /> {text.flags.yes}{' '}
          <span className="dot" style={{ background: props.villageLegend.no }} /> {text.flags.no}
        </div>
      )}
      <p className="provenance">
        {text.source}:{' '}
        {props.provenances.map((provenance) => (
          <ProvenanceBadge key={provenance} provenance={provenance} onClick={props.onMethodology} />
        ))}{' '}
        <button type="button" className="link" onClick={props.onMethodology}>
          {text.methodologyLink}
        </button>
      </p>
    </section>
  )
}
