import { useRef, useState } from 'react'
import { formatNumber } from '../format'
import { useRoleText } from '../i18n/role-text'
import { useText } from '../i18n/text'
import type { ZoneDrawing } from '../use-zone-drawing'
import { zoneFromFile } from '../zone-file'
import type { ZoneSummary } from './zone-list'

type Props = {
  drawing: ZoneDrawing
  /** The zone being edited, or null for a new one. */
  editing: ZoneSummary | null
  busy: boolean
  onSave: (zone: { name: string; note: string | null; geometry: unknown | null }) => void
  onCancel: () => void
  onError: (message: string) => void
}

/**
 * A restricted zone's name, note and shape: drawn on the map or uploaded as GeoJSON (previewed on
 * the map, its name taken from the file), or, when editing, the old shape kept. Every control is a
 * button or a field, so the whole form works from the keyboard (issue 10 §5).
 */
export function ZoneEditor({ drawing, editing, busy, onSave, onCancel, onError }: Props) {
  const { text, language } = useText()
  const words = useRoleText()
  const file = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(editing?.name ?? '')
  const [note, setNote] = useState(editing?.note ?? '')
  const geometry = drawing.polygon() ?? drawing.uploaded?.geometry ?? null
  const uploaded = drawing.uploaded
  const open = editing !== null || drawing.active || uploaded !== null
  const shapeButtons = (
    <div className="buttons">
      {editing && <span className="muted">{words.border.newShape}</span>}
      <button type="button" onClick={drawing.start} aria-pressed={drawing.active}>
        {editing ? words.border.redraw : text.zonesPanel.draw}
      </button>
      <button type="button" onClick={() => file.current?.click()}>
        {editing ? words.border.reupload : text.zonesPanel.upload}
      </button>
      <input
        ref={file}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        hidden
        onChange={async (event) => {
          const chosen = event.target.files?.[0]
          event.target.value = ''
          if (!chosen) return
          let json: unknown
          try {
            json = JSON.parse(await chosen.text())
          } catch {
            return onError(text.zonesPanel.badFile)
          }
          const zone = zoneFromFile(json)
          if (!zone) return onError(words.border.noPolygon)
          drawing.upload(zone)
          if (zone.name && (!editing || name.trim() === '')) setName(zone.name)
        }}
      />
    </div>
  )
  if (!open) return shapeButtons
  return (
    <form
      className="zone-form"
      aria-label={editing ? words.border.editing(editing.name) : text.zonesPanel.saveZone}
      onSubmit={(event) => {
        event.preventDefault()
        onSave({ name: name.trim(), note: note.trim() || null, geometry })
      }}
    >
      {editing && <h3>{words.border.editing(editing.name)}</h3>}
      {shapeButtons}
      {drawing.active && (
        <div className="buttons">
          <span className="muted">{text.zonesPanel.drawHint}</span>
          <button type="button" onClick={drawing.undo} disabled={drawing.corners.length === 0}>
            {text.zonesPanel.undo}
          </button>
        </div>
      )}
      {uploaded && (
        <p className="notice" role="status">
          {words.border.preview(
            uploaded.name ?? words.border.previewUnnamed,
            uploaded.parts,
            formatNumber(uploaded.areaKm2, language, 2),
          )}
        </p>
      )}
      {editing && !geometry && <p className="muted">{words.border.keepShape}</p>}
      <label className="field">
        <span>{text.zonesPanel.zoneName}</span>
        <input name="name" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="field">
        <span>{text.zonesPanel.zoneNote}</span>
        <textarea
          name="note"
          maxLength={2000}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <div className="buttons">
        <button type="button" onClick={onCancel}>
          {text.account.cancel}
        </button>
        <button type="submit" className="primary" disabled={(!editing && !geometry) || busy}>
          {editing ? words.border.saveChanges : text.zonesPanel.saveZone}
        </button>
      </div>
    </form>
  )
}
