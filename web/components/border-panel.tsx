import { useState } from 'react'
import { api, type Profile, type ZoneCollection, type ZoneKind } from '../api'
import { formatNumber } from '../format'
import { errorText } from '../i18n/error-text'
import { useRoleText } from '../i18n/role-text'
import { useText } from '../i18n/text'
import { zoneColours } from '../layers/zones'
import { useBeltSettings, useChange } from '../queries'
import { type IndicatorFill, zoneKinds } from '../state'
import type { ZoneDrawing } from '../use-zone-drawing'
import { ZoneEditor } from './zone-editor'
import { ZoneList, type ZoneSummary } from './zone-list'

type Props = {
  profile: Profile
  shown: ZoneKind[]
  zones: Partial<Record<ZoneKind, ZoneCollection>>
  drawing: ZoneDrawing
  indicatorFill: IndicatorFill
  onToggle: (kind: ZoneKind) => void
  onIndicatorFill: (fill: IndicatorFill) => void
  onNearBorder: () => void
}

const fills: IndicatorFill[] = ['full', 'dim', 'off']

const listOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])

/** The defence layers for border staff: switches, notes, drawing or uploading a zone, the zone list. */
export function BorderPanel(props: Props) {
  const { profile, shown, zones, drawing, onToggle, onNearBorder } = props
  const { text, language } = useText()
  const words = useRoleText()
  const [editing, setEditing] = useState<ZoneSummary | null>(null)
  // A new key after each save or cancel starts the zone form afresh.
  const [round, setRound] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const belt = useBeltSettings(profile.can.zoneSettings)
  const touches = [['zone', 'restricted'], ['zone', 'border_belt'], ['belt-settings']]
  const addZone = useChange(api.addZone, touches)
  const changeZone = useChange(api.changeZone, touches)
  const deleteZone = useChange(api.deleteZone, touches)
  const setWidth = useChange(api.setBeltWidth, touches)
  const beltWidth = zones.border_belt?.features[0]?.properties.widthM ?? belt.data?.widthM
  const notes = zones.border_area?.notes
  const fail = (caught: unknown) => setError(errorText(caught, language))
  const done = () => {
    drawing.cancel()
    setEditing(null)
    setError(null)
    setRound((value) => value + 1)
  }

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
      {profile.can.zones && (
        <fieldset className="field indicator-fill">
          <legend>{words.border.indicatorLayer}</legend>
          {fills.map((fill) => (
            <label key={fill} className="check">
              <input
                type="radio"
                name="indicator-fill"
                checked={props.indicatorFill === fill}
                onChange={() => props.onIndicatorFill(fill)}
              />
              <span>{words.border.indicatorFill[fill]}</span>
            </label>
          ))}
        </fieldset>
      )}
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
      {profile.can.addZones && (
        <ZoneEditor
          key={`${editing?.id ?? 'new'}-${round}`}
          drawing={drawing}
          editing={editing}
          busy={addZone.isPending || changeZone.isPending}
          onError={setError}
          onCancel={done}
          onSave={({ name, note, geometry }) => {
            const saved = {
              onSuccess: () => {
                done()
                if (!shown.includes('restricted') && profile.can.zones) onToggle('restricted')
              },
              onError: fail,
            }
            if (editing)
              changeZone.mutate({ id: editing.id, change: { name, note, ...(geometry ? { geometry } : {}) } }, saved)
            else addZone.mutate({ name, note, geometry }, saved)
          }}
        />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {shown.includes('restricted') && zones.restricted && (
        <ZoneList
          zones={zones.restricted}
          mayEdit={profile.can.zones}
          onEdit={(zone) => {
            drawing.cancel()
            setError(null)
            setEditing(zone)
          }}
          onDelete={(zone) => {
            if (window.confirm(text.zonesPanel.confirmDelete(zone.name))) deleteZone.mutate(zone.id, { onError: fail })
          }}
        />
      )}
      {profile.can.zones && (
        <button type="button" className="link" onClick={onNearBorder}>
          {text.zonesPanel.nearBorder}
        </button>
      )}
    </fieldset>
  )
}
