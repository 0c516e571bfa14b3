import type { Choropleth } from '../choropleth'
import { communeFillId, communeSource } from '../layers/communes'
import { mapLayers } from '../layers/map-layers'
import type { Label } from '../layers/places'
import { borderSource, provinceSource } from '../layers/reference'
import type { LegendEntry } from '../legend-entries'
import { MapView } from '../map/map-view'
import { useBorder, useCommunes, useProvince } from '../queries'

type Props = {
  heading: string
  choropleth: Choropleth
  legend: LegendEntry[]
  labels: Label[]
  chosen: string | null
  onChoose: (code: string | null) => void
}

/**
 * The 65 communes coloured by an allocation (amounts, or the difference of two scenarios), through
 * the map's own pure layers (layers/map-layers.ts); a click chooses a commune in the table.
 */
export function AllocationMap({ heading, choropleth, legend, labels, chosen, onChoose }: Props) {
  const communes = useCommunes()
  const province = useProvince()
  const border = useBorder()
  const layers = mapLayers({ choropleth, highlightClass: null, hovered: null, selected: chosen, showDistricts: false })
  return (
    <section className="allocation-map">
      <h3>{heading}</h3>
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
          label={heading}
          onHover={() => {}}
          onClick={(pick) => {
            const code = pick?.layer === communeFillId ? String(pick.properties.code) : null
            onChoose(code === chosen ? null : code)
          }}
          onMove={() => {}}
          onZoom={() => {}}
          onBasemapError={() => {}}
        />
      </div>
      <ul className="classes compact">
        {legend.map((entry) => (
          <li key={entry.label}>
            <span className="swatch" style={{ backgroundColor: entry.colour }} /> {entry.label}{' '}
            <span className="count">({entry.count})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
