import { useId } from 'react'
import type { Indicator } from '../api'
import { indicatorName, useText } from '../i18n/text'
import { WrappingSelect } from './wrapping-select'

type Props = {
  villageIndicators: Indicator[]
  villageIndicator: string | null
  showVillages: boolean
  showDistricts: boolean
  basemapAvailable: boolean
  basemap: boolean
  basemapFailed: boolean
  onVillageIndicator: (code: string) => void
  onToggle: (layer: 'showVillages' | 'showDistricts' | 'basemap') => void
}

export function LayerMenu(props: Props) {
  const { text, language } = useText()
  const id = useId()
  const chosen = props.villageIndicators.find((indicator) => indicator.code === props.villageIndicator)
  return (
    <fieldset className="field layers">
      <legend>{text.layers}</legend>
      <label className="check">
        <input type="checkbox" checked={props.showVillages} onChange={() => props.onToggle('showVillages')} />
        <span>{text.villages}</span>
      </label>
      {props.showVillages && (
        <div className="field indent">
          <label htmlFor={id}>{text.villageIndicator}</label>
          <WrappingSelect
            id={id}
            value={props.villageIndicator ?? ''}
            shown={chosen ? indicatorName(chosen, language) : ''}
            onChange={props.onVillageIndicator}
          >
            {props.villageIndicators.map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {indicatorName(indicator, language)}
              </option>
            ))}
          </WrappingSelect>
        </div>
      )}
      <label className="check">
        <input type="checkbox" checked={props.showDistricts} onChange={() => props.onToggle('showDistricts')} />
        <span>{text.districts}</span>
      </label>
      {props.basemapAvailable && (
        <label className="check">
          <input type="checkbox" checked={props.basemap} onChange={() => props.onToggle('basemap')} />
          <span>{text.basemap}</span>
        </label>
      )}
      {props.basemap && props.basemapFailed && (
        <p className="notice" role="status">
          {text.basemapFailed}
        </p>
      )}
    </fieldset>
  )
}
