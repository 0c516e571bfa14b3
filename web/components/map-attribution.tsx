import { useText } from '../i18n/text'

/**
 * The sources of everything on the map, folded behind an ⓘ so that it never covers the province on
 * a phone; the full attributions and licences are on the methodology page.
 */
export function MapAttribution({ sources, onMethodology }: { sources: string[]; onMethodology: () => void }) {
  const { text } = useText()
  return (
    <details className="map-attribution">
      <summary aria-label={text.source}>
        <span className="info-mark">i</span>
      </summary>
      <p>
        {sources.join(' · ')} ·{' '}
        <button type="button" className="link" onClick={onMethodology}>
          {text.methodologyLink}
        </button>
      </p>
    </details>
  )
}
