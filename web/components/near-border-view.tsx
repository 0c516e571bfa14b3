import { useState } from 'react'
import { api, type Indicator } from '../api'
import { formatNumber, formatValue } from '../format'
import { useRoleText } from '../i18n/role-text'
import { indicatorName, useText } from '../i18n/text'
import { useNearBorder } from '../queries'
import { Loading } from './load-state'

type Props = { villageIndicators: Indicator[]; onSelect: (code: string) => void; onBack: () => void }

/** For border staff: the villages (with their flags) or communes within a distance of the border. */
export function NearBorderView({ villageIndicators, onSelect, onBack }: Props) {
  const { text, language } = useText()
  const words = useRoleText()
  const [level, setLevel] = useState<'village' | 'commune'>('village')
  const [within, setWithin] = useState(5)
  const near = useNearBorder(level, within, true)
  const places = near.data?.places ?? []
  return (
    <article className="page">
      <button type="button" className="link" onClick={onBack}>
        ← {text.views.map}
      </button>
      <h1>{text.nearBorder.title}</h1>
      <p className="muted">{text.zonesPanel.indicative}</p>
      <div className="inline-form">
        <label>
          {text.nearBorder.within}{' '}
          <input
            type="number"
            min={0.5}
            max={50}
            step={0.5}
            value={within}
            onChange={(event) => setWithin(Math.min(50, Math.max(0.5, Number(event.target.value) || 5)))}
          />
        </label>
        {(['village', 'commune'] as const).map((choice) => (
          <label key={choice} className="check">
            <input type="radio" name="near-level" checked={level === choice} onChange={() => setLevel(choice)} />
            <span>{text.nearBorder.level[choice]}</span>
          </label>
        ))}
        <span className="muted">{text.nearBorder.count(places.length)}</span>
        {/* The same list as a file, written by the server like every CSV (restricted, audited). */}
        <a className="button" href={api.nearBorderCsvUrl(level, within)} download>
          {words.border.exportCsv}
        </a>
      </div>
      {near.isPending ? (
        <Loading />
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{text.nearBorder.level[level]}</th>
              {level === 'village' && <th scope="col">{text.nearBorder.commune}</th>}
              <th scope="col">{text.nearBorder.distance}</th>
              {level === 'village' &&
                villageIndicators.map((indicator) => (
                  <th key={indicator.code} scope="col">
                    {indicatorName(indicator, language)}
                  </th>
                ))}
            </tr>
          </thead>
          <tbody>
            {places.map((place) => (
              <tr key={`${place.level}-${place.id ?? place.code}`}>
                <th scope="row">{place.name}</th>
                {level === 'village' && (
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => place.communeCode && onSelect(place.communeCode)}
                    >
                      {place.communeName}
                    </button>
                  </td>
                )}
                <td className="number">{formatNumber(place.distanceKm, language, 2)} km</td>
                {level === 'village' &&
                  villageIndicators.map((indicator) => (
                    <td key={indicator.code}>{formatValue(place.flags?.[indicator.code] ?? null, 'flag', language)}</td>
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  )
}
