import { useMemo } from 'react'
import type { ImportChange } from '../api'
import { useText } from '../i18n/text'
import { changedCommuneColours, changeKinds, kindColours } from '../import-review'
import { communeFillLayer, communeOutlineLayer, selectionLayer } from '../layers/communes'
import type { Label } from '../layers/places'
import { borderLayer, provinceLayer } from '../layers/reference'
import { CommuneMiniMap } from '../map/commune-mini-map'

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
      <CommuneMiniMap
        label={text.imports.mapHeading}
        layers={layers}
        labels={labels}
        chosen={chosen}
        onPick={(code) => onChoose(code && colours.has(code) && code !== chosen ? code : null)}
      />
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
