import type { LayerSpecification } from 'maplibre-gl'
import { communeFillId, communeSource } from '../layers/communes'
import type { Label } from '../layers/places'
import { borderSource, provinceSource } from '../layers/reference'
import { useBorder, useCommunes, useProvince } from '../queries'
import { MapView } from './map-view'

type Props = {
  label: string
  layers: LayerSpecification[]
  labels: Label[]
  chosen: string | null
  /** The commune clicked, or null for a click beside the communes. */
  onPick: (code: string | null) => void
}

/**
 * A fixed map of the 65 communes (no basemap, no camera in the address) beside a page's own table:
 * the import preview and the allocation's result and comparison.
 */
export function CommuneMiniMap({ label, layers, labels, chosen, onPick }: Props) {
  const communes = useCommunes()
  const province = useProvince()
  const border = useBorder()
  return (
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
        label={label}
        onHover={() => {}}
        onClick={(pick) => onPick(pick?.layer === communeFillId ? String(pick.properties.code) : null)}
        onMove={() => {}}
        onZoom={() => {}}
        onBasemapError={() => {}}
      />
    </div>
  )
}
