import { useMemo } from 'react'
import type { ImportChange } from '../api'
import { useText } from '../i18n/text'
import { changedCommuneColours, changeKinds, kindColours } from '../import-review'
import { communeFillId, communeFillLayer, communeOutlineLayer, communeSource, selectionLayer } from '../layers/communes'
import type { Label } from '../layers/places'
import { borderLayer, borderSource, provinceLayer, provinceSource } from '../layers/reference'
import { MapView } from '../map/map-view'
import { useBorder, useCommunes, useProvince } from '../queries'

type Props = {
  changes: ImportChange[]
  labels: Label[]
  chosen: string | null
  onChoose: (code: string | null) => void
}

const untouched = '#f5f5f4'

/** The 2025 communes coloured by what the import does to them; a click narrows the list to one commune. */
export function ImportChangesMap({ changes, labels, chosen, onChoose }: Props) {
  const { text } = useText()
  const communes = useCommunes()
  const province = useProvince()
  const border = useBorder()
  const colours = useMemo(() => changedCommuneColours(changes), [changes])
  const layers = [
    communeFillLayer(colours, untouched, 0.9),
    communeOutlineLayer(),
    selectionLayer(chosen),
    provinceLayer(),
    borderLayer(),
  ]
  return (
    <section className="import-map">
      <h3>{text.imports.mapHeading}</h3>
      <div className="compare-map">
        <MapView
          sources={[
            { id: communeSource, data: communes.data },
            { id: provinceSource, data: province.data },
            { id: borderSource, data: border.data },
          ]}
          layers={layers}
          deckScene={{ labels, zoom: 8, selected: chosen, villages: null, onVillageHover: () => {} }}
          interactive={[communeFillId]}
          basemap={null}
          position={null}
          flyTo={null}
          label={text.imports.mapHeading}
          onHover={() => {}}
          onClick={(pick) => {
            const code = pick?.layer === communeFillId ? String(pick.properties.code) : null
            onChoose(code && colours.has(code) && code !== chosen ? code : null)
          }}
          onMove={() => {}}
          onZoom={() => {}}
          onBasemapError={() => {}}
        />
      </div>
      <ul className="classes compact">
        {changeKinds.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ backgroundColor: kindColours[kind] }} /> {text.imports.kinds[kind]}
          </li>
        ))}
      </ul>
      <p className="muted">{text.imports.mapNote}</p>
    </section>
  )
}
