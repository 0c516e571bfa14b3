import { formatValue } from '../format'
import { useText } from '../i18n/text'

export type TooltipContent = {
  x: number
  y: number
  title: string
  value: string | number | boolean | null
  unit: string
  year: number | null
  note?: string
}

/** The name, value and year under the pointer. Pointer-only; the table view gives the same to keyboards. */
export function Tooltip({ content }: { content: TooltipContent | null }) {
  const { text, language } = useText()
  if (!content) return null
  return (
    <div className="tooltip" style={{ left: content.x + 14, top: content.y + 14 }} aria-hidden="true">
      <strong>{content.title}</strong>
      <div>
        {content.value === null ? text.tooltipNoData : formatValue(content.value, content.unit, language)}
        {content.year !== null && <span className="muted"> ({content.year})</span>}
      </div>
      {content.note && <div className="muted">{content.note}</div>}
    </div>
  )
}
