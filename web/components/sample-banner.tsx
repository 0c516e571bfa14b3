import { useText } from '../i18n/text'

/** While the shown values are sample data, the public map says so where no one can miss it. */
export function SampleBanner({ onMethodology }: { onMethodology: () => void }) {
  const { text } = useText()
  return (
    <div className="sample-banner" role="note">
      <strong>⚠</strong> {text.sampleBanner}{' '}
      <button type="button" className="link" onClick={onMethodology}>
        {text.sampleBannerLink}
      </button>
    </div>
  )
}
