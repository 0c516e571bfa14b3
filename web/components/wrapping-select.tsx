import type { ReactNode } from 'react'

type Props = {
  id: string
  value: string
  /** The chosen option's text, shown whole. */
  shown: string
  disabled?: boolean
  onChange: (value: string) => void
  children: ReactNode
}

/**
 * A native select (keyboard, screen readers, the phone's own picker) whose chosen option is shown
 * whole, over as many lines as it needs: a closed select cuts a long name at its edge ("Tỷ lệ thôn
 * có nhà văn hóa đạt chuẩ", issue 10 §4). The select lies, transparent, over the text it shows.
 */
export function WrappingSelect({ id, value, shown, disabled, onChange, children }: Props) {
  return (
    <div className={disabled ? 'wrapping-select disabled' : 'wrapping-select'}>
      <span className="wrapping-select-text" aria-hidden="true">
        {shown}
      </span>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  )
}
