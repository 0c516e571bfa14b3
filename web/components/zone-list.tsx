import type { ZoneCollection } from '../api'
import { formatNumber } from '../format'
import { useRoleText } from '../i18n/role-text'
import { useText } from '../i18n/text'

export type ZoneSummary = { id: string; name: string; note: string | null }

type Props = {
  zones: ZoneCollection
  mayEdit: boolean
  onEdit: (zone: ZoneSummary) => void
  onDelete: (zone: ZoneSummary) => void
}

/** The restricted zones: name, note, area; border staff edit (name, note, shape) or delete them. */
export function ZoneList({ zones, mayEdit, onEdit, onDelete }: Props) {
  const { text, language } = useText()
  const words = useRoleText()
  return (
    <ul className="zone-list">
      {zones.features.length === 0 && <li className="muted">{text.zonesPanel.noZones}</li>}
      {zones.features.map((feature) => {
        const zone: ZoneSummary = {
          id: String(feature.properties.id),
          name: String(feature.properties.name),
          note: feature.properties.note ? String(feature.properties.note) : null,
        }
        return (
          <li key={zone.id}>
            <strong>{zone.name}</strong>{' '}
            <span className="muted">({formatNumber(Number(feature.properties.areaKm2), language, 2)} km²)</span>
            {zone.note && <span className="muted"> — {zone.note}</span>}
            {mayEdit && (
              <span className="buttons">
                <button type="button" className="link" onClick={() => onEdit(zone)}>
                  {words.border.edit}
                </button>
                <button type="button" className="link" onClick={() => onDelete(zone)}>
                  {text.zonesPanel.deleteZone}
                </button>
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
