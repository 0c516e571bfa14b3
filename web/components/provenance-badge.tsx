import { useText } from '../i18n/text'

type Provenance = 'official' | 'sample' | 'imported'

/** How trustworthy a value is, always visible next to it; sample data never looks official. */
export function ProvenanceBadge({ provenance, onClick }: { provenance: Provenance | null; onClick?: () => void }) {
  const { text } = useText()
  if (!provenance) return null
  const label = text.provenance[provenance]
  return onClick ? (
    <button type="button" className={`badge badge-${provenance}`} onClick={onClick} title={text.methodologyLink}>
      {label}
    </button>
  ) : (
    <span className={`badge badge-${provenance}`}>{label}</span>
  )
}
