import { useState } from 'react'
import { api, type Profile, type ZoneCollection, type ZoneKind } from '../api'
import { formatNumber } from '../format'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { zoneColours } from '../layers/zones'
import { useBeltSettings, useChange } from '../queries'
import { zoneKinds } from '../state'
import type { ZoneDrawing } from '../use-zone-drawing'

type Props = {
  profile: Profile
  shown: ZoneKind[]
  zones: Partial<Record<ZoneKind, ZoneCollection>>
  drawing: ZoneDrawing
  onToggle: (kind: ZoneKind) => void
  onNearBorder: () => void
}

const listOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])

/** The defence layers for border staff: switches, notes, drawing or uploading a zone, the zone list. */
export function BorderPanel({ profile, shown, zones, drawing, onToggle, onNearBorder }: Props) {
  const { text, language } = useText()
  const [upload, setUpload] = useState<unknown>(null)
  const [error, setError] = useState<string | null>(null)
  const belt = useBeltSettings(profile.can.zoneSettings)
  const touches = [['zone', 'restricted'], ['zone', 'border_belt'], ['belt-settings']]
  const addZone = useChange(api.addZone, touches)
  const deleteZone = useChange(api.deleteZone, touches)
  const setWidth = useChange(api.setBeltWidth, touches)
  const beltWidth = zones.border_belt?.features[0]?.properties.widthM ?? belt.data?.widthM
  const notes = zones.border_area?.notes
  const geometry = drawing.polygon() ?? upload
  const fail = (caught: unknown) => setError(errorText(caught, language))

  return (
    <fieldset className="field zones-panel">
      <legend>{text.zonesPanel.heading}</legend>
      <p className="muted">{text.zonesPanel.restrictedNote}</p>
      {profile.can.zones &&
        zoneKinds.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={shown.includes(kind)} onChange={() => onToggle(kind)} />
            <span className="swatch" style={{ backgroundColor: zoneColours[kind] }} aria-hidden="true" />
            <span>{text.zonesPanel.kinds[kind]}</span>
          </label>
        ))}
      {profile.can.zones && <p className="muted">{text.zonesPanel.indicative}</p>}
      {beltWidth !== undefined && (
        <p className="muted">{text.zonesPanel.beltWidth(formatNumber(Number(beltWidth), language, 0))}</p>
      )}
      {profile.can.zoneSettings && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault()
            setWidth.mutate(Number(new FormData(event.currentTarget).get('width')), { onError: fail })
          }}
        >
          <label>
            {text.zonesPanel.setWidth}{' '}
            <input
              name="width"
              type="number"
              min={100}
              max={5000}
              step={50}
              defaultValue={Number(belt.data?.widthM ?? 1000)}
            />
          </label>
          <button type="submit">{text.account.save}</button>
        </form>
      )}
      {notes && (
        <div className="notice">
          <p>
            {text.zonesPanel.borderAreaCounts(
              Number(notes.communes2025),
              Number(notes.communes2019),
              Number(notes.units2021),
            )}
          </p>
          {listOf(notes.namedNotTouching).length > 0 && (
            <p>
              {text.zonesPanel.namedNotTouching} {listOf(notes.namedNotTouching).join(', ')}
            </p>
          )}
          {listOf(notes.touchingNotNamed2019).length > 0 && (
            <p>
              {text.zonesPanel.touchingNotNamed} {listOf(notes.touchingNotNamed2019).join(', ')}
            </p>
          )}
        </div>
      )}
      {profile.can.addZones && !drawing.active && !upload && (
        <div className="buttons">
          <button type="button" onClick={drawing.start}>
            {text.zonesPanel.draw}
          </button>
          <label className="button">
            {text.zonesPanel.upload}
            <input
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              hidden
              onChange={async (event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (!file) return
                try {
                  setUpload(JSON.parse(await file.text()))
                  setError(null)
                } catch {
                  setError(text.zonesPanel.badFile)
                }
              }}
            />
          </label>
        </div>
      )}
      {drawing.active && (
        <div className="buttons">
          <span className="muted">{text.zonesPanel.drawHint}</span>
          <button type="button" onClick={drawing.undo} disabled={drawing.corners.length === 0}>
            {text.zonesPanel.undo}
          </button>
        </div>
      )}
      {(drawing.active || upload !== null) && (
        <form
          className="zone-form"
          onSubmit={(event) => {
            event.preventDefault()
            const form = new FormData(event.currentTarget)
            const note = String(form.get('note') ?? '').trim()
            addZone.mutate(
              { name: String(form.get('name')), note: note || null, geometry },
              {
                onSuccess: () => {
                  drawing.cancel()
                  setUpload(null)
                  setError(null)
                  if (!shown.includes('restricted')) onToggle('restricted')
                },
                onError: fail,
              },
            )
          }}
        >
          <label className="field">
            <span>{text.zonesPanel.zoneName}</span>
            <input name="name" required maxLength={200} />
          </label>
          <label className="field">
            <span>{text.zonesPanel.zoneNote}</span>
            <textarea name="note" maxLength={2000} rows={2} />
          </label>
          <div className="buttons">
            <button
              type="button"
              onClick={() => {
                drawing.cancel()
                setUpload(null)
              }}
            >
              {text.account.cancel}
            </button>
            <button type="submit" className="primary" disabled={!geometry || addZone.isPending}>
              {text.zonesPanel.saveZone}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {shown.includes('restricted') && zones.restricted && (
        <ul className="zone-list">
          {zones.restricted.features.length === 0 && <li className="muted">{text.zonesPanel.noZones}</li>}
          {zones.restricted.features.map((zone) => (
            <li key={String(zone.properties.id)}>
              <strong>{String(zone.properties.name)}</strong>{' '}
              {zone.properties.note ? <span className="muted">— {String(zone.properties.note)}</span> : null}
              <button
                type="button"
                className="link"
                onClick={() => {
                  if (window.confirm(text.zonesPanel.confirmDelete(String(zone.properties.name))))
                    deleteZone.mutate(String(zone.properties.id), { onError: fail })
                }}
              >
                {text.zonesPanel.deleteZone}
              </button>
            </li>
          ))}
        </ul>
      )}
      {profile.can.zones && (
        <button type="button" className="link" onClick={onNearBorder}>
          {text.zonesPanel.nearBorder}
        </button>
      )}
    </fieldset>
  )
}
