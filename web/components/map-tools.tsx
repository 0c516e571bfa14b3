import { useState } from 'react'
import { useText } from '../i18n/text'

type Props = {
  /** Downloads of the published figures on the map (the ranking's, for a planner who shows it). */
  csvUrl: string | null
  geojsonUrl: string | null
  busy: boolean
  /** The address of this very view (web/state.ts toSearch): the link to share. */
  link: string
  onPng: () => void
  onPrint: () => void
}

/** For everyone (issue 10 §6): the figures to download, the map as a picture or a print, and a link to share. */
export function MapTools({ csvUrl, geojsonUrl, busy, link, onPng, onPrint }: Props) {
  const { text } = useText()
  // After "copy": said copied, or (no clipboard on a plain-HTTP address) the link to copy by hand.
  const [shared, setShared] = useState<'copied' | 'by hand' | null>(null)
  const share = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setShared('copied')
    } catch {
      setShared('by hand')
    }
  }
  return (
    <fieldset className="field map-tools">
      <legend>{text.share.heading}</legend>
      {csvUrl && <p className="muted">{text.share.downloadsNote}</p>}
      <div className="buttons">
        {csvUrl && (
          <a className="button" href={csvUrl} download>
            {text.planner.exportCsv}
          </a>
        )}
        {geojsonUrl && (
          <a className="button" href={geojsonUrl} download>
            {text.planner.exportGeojson}
          </a>
        )}
        <button type="button" onClick={onPng} disabled={busy}>
          {text.planner.exportPng}
        </button>
        <button type="button" onClick={onPrint} disabled={busy}>
          {text.planner.print}
        </button>
        <button type="button" onClick={share}>
          {text.share.copy}
        </button>
      </div>
      {shared === 'copied' && (
        <p className="form-ok" role="status">
          {text.share.copied}
        </p>
      )}
      {shared === 'by hand' && (
        <label className="share-link">
          {text.share.copyHere}
          <input readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </fieldset>
  )
}
