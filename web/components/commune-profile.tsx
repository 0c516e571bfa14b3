import type { UnitCollection, UnitDetail, VillageCollection } from '../api'
import { formatDifference, formatValue } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { profileMap } from '../profile-map'
import { shownValue, targetOf, unitOf, valueOfYear } from '../unit-values'
import { ProfileMapFigure } from './profile-map-figure'
import { ProvenanceBadge } from './provenance-badge'
import { UnitFacts } from './unit-facts'

type Props = {
  detail: UnitDetail
  /** The year chosen on the map: each indicator's value of that year, or the latest before it. */
  year: number | null
  communes: UnitCollection | undefined
  villages: VillageCollection | undefined
  /** The address of this profile, printed at its foot. */
  link: string
  onBack: () => void
}

/**
 * A commune on one printable page (issue 10 §4): where it is, what it was formed from, and every
 * indicator with its year, provenance, the plan's target and how the value stands, in the server's
 * words, with the sources at the foot. The browser prints it or saves it as PDF.
 */
export function CommuneProfile({ detail, year, communes, villages, link, onBack }: Props) {
  const { text, language } = useText()
  const code = detail.unit.code
  const shape = communes
    ? profileMap(
        communes,
        code,
        villages?.features.filter((village) => village.properties.communeCode === code) ?? [],
        320,
      )
    : null
  const rows = detail.indicators
    .filter((indicator) => indicator.code !== 'population')
    .map((indicator) => ({ indicator, value: valueOfYear(indicator, year) }))
  const shown = rows.flatMap((row) => (row.value ? [row.value] : []))
  const sources = [...new Set(shown.flatMap((value) => (value.source ? [value.source] : [])))]
  return (
    <article className="page commune-profile" aria-labelledby="profile-title">
      <p className="profile-actions">
        <button type="button" className="link" onClick={onBack}>
          ← {text.views.map}
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          {text.profile.print}
        </button>
      </p>
      <h1 id="profile-title">{text.profile.title(detail.unit.name)}</h1>
      <p className="muted">
        {text.shortTitle} · {text.planName}
      </p>
      <div className="profile-top">
        {shape && <ProfileMapFigure map={shape} caption={text.profile.mapCaption} />}
        <UnitFacts detail={detail} />
      </div>
      {shown.some((value) => value.provenance === 'sample') && <p className="notice">⚠ {text.sampleBanner}</p>}
      <table className="data-table profile-table">
        <thead>
          <tr>
            <th scope="col">{text.indicator}</th>
            <th scope="col">{text.profile.value}</th>
            <th scope="col">{text.profile.year}</th>
            <th scope="col">{text.profile.provenance}</th>
            <th scope="col">{text.profile.target}</th>
            <th scope="col">{text.profile.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, value }) => {
            const { target, check } = value ? targetOf(indicator, value) : { target: null, check: null }
            return (
              <tr key={indicator.code}>
                <th scope="row">{indicatorName(indicator, language)}</th>
                <td className="number">
                  {value ? formatValue(shownValue(value), unitOf(indicator, value), language) : text.profile.none}
                </td>
                <td>{value?.year ?? '—'}</td>
                <td>{value && <ProvenanceBadge provenance={value.provenance} />}</td>
                <td>
                  {target ? text.target(target.year, (check?.words ?? target.words)[language]) : text.profile.noTarget}
                </td>
                <td>
                  {check && (
                    <span className={check.met ? 'met' : 'not-met'}>
                      {check.met ? text.detail.met : text.detail.notMet}
                      {indicator.valueType === 'number' &&
                        !check.met &&
                        ` (${text.detail.gap} ${formatDifference(Math.abs(check.gap), indicator.unit, language)})`}
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <h2>{text.profile.sources}</h2>
      <ol className="profile-sources">
        {sources.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ol>
      <p className="muted profile-foot">
        {text.profile.printedOn(new Date().toLocaleDateString(language === 'vi' ? 'vi-VN' : 'en-GB'))} · {link}
      </p>
    </article>
  )
}
