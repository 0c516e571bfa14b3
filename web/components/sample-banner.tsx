import { useText } from '../i18n/text'

type Props = { folded: boolean; onFold: (folded: boolean) => void; onMethodology: () => void }

/**
 * While the shown values are sample data, the public map says so where no one can miss it. It can
 * be folded to one short line (on a phone it took a fifth of the screen), never hidden.
 */
export function SampleBanner({ folded, onFold, onMethodology }: Props) {
  const { text } = useText()
  return (
    <div className={folded ? 'sample-banner folded' : 'sample-banner'} role="note">
      <strong aria-hidden="true">⚠</strong> {folded ? text.sampleBannerShort : text.sampleBanner}{' '}
      {!folded && (
        <button type="button" className="link" onClick={onMethodology}>
          {text.sampleBannerLink}
        </button>
      )}{' '}
      <button type="button" className="fold" aria-expanded={!folded} onClick={() => onFold(!folded)}>
        {folded ? text.sampleBannerUnfold : text.sampleBannerFold}
      </button>
    </div>
  )
}
