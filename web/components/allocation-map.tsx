import type { Choropleth } from '../choropleth'
import { mapLayers } from '../layers/map-layers'
import type { Label } from '../layers/places'
import type { LegendEntry } from '../legend-entries'
import { CommuneMiniMap } from '../map/commune-mini-map'

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
  const layers = mapLayers({ choropleth, highlightClass: null, hovered: null, selected: chosen, showDistricts: false })
  return (
    <section className="allocation-map">
      <h3>{heading}</h3>
      <CommuneMiniMap
        label={heading}
        layers={layers}
        labels={labels}
        chosen={chosen}
        onPick={(code) => onChoose(code === chosen ? null : code)}
      />
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
