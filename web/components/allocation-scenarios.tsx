import { useAllocationScenarios, useCopyAllocation, useWithdrawAllocation } from '../allocation-queries'
import { formatMoment, formatNumber } from '../format'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { ProvenanceBadge } from './provenance-badge'

type Props = {
  open: string | null
  onOpen: (id: string | null) => void
}

/** The saved scenarios, newest first: open, copy or withdraw one (withdrawn ones stay in the audit log). */
export function AllocationScenarios({ open, onOpen }: Props) {
  const { text, language } = useText()
  const scenarios = useAllocationScenarios(true)
  const copy = useCopyAllocation()
  const withdraw = useWithdrawAllocation()
  const failed = copy.error ?? withdraw.error ?? scenarios.error
  return (
    <section className="allocation-scenarios">
      <h2>{text.allocation.scenarios}</h2>
      <button type="button" onClick={() => onOpen(null)} aria-pressed={open === null}>
        {text.allocation.newScenario}
      </button>
      {failed && (
        <p className="notice error" role="alert">
          {errorText(failed, language)}
        </p>
      )}
      {scenarios.data?.length === 0 && <p className="muted">{text.allocation.noScenarios}</p>}
      {scenarios.data && scenarios.data.length > 0 && (
        <ul className="allocation-scenario-list">
          {scenarios.data.map((scenario) => (
            <li key={scenario.id} className={scenario.id === open ? 'chosen' : undefined}>
              <strong>{scenario.name}</strong>
              {scenario.program && <span className="muted"> · {scenario.program}</span>}
              <br />
              <span className="muted">
                {formatNumber(scenario.total, language)} {text.allocation.unit} ·{' '}
                {text.allocation.savedBy(scenario.updatedBy, formatMoment(scenario.updatedAt, language))}
              </span>{' '}
              {scenario.sample && <ProvenanceBadge provenance="sample" />}
              <div className="buttons">
                <button type="button" aria-pressed={scenario.id === open} onClick={() => onOpen(scenario.id)}>
                  {text.allocation.open}
                </button>
                <button
                  type="button"
                  disabled={copy.isPending}
                  onClick={() =>
                    copy.mutate(
                      { id: scenario.id, name: text.allocation.copyName },
                      { onSuccess: (copied) => onOpen(copied.id) },
                    )
                  }
                >
                  {text.allocation.copy}
                </button>
                <button
                  type="button"
                  disabled={withdraw.isPending}
                  onClick={() => {
                    if (!window.confirm(text.allocation.confirmWithdraw(scenario.name))) return
                    withdraw.mutate(scenario.id, { onSuccess: () => scenario.id === open && onOpen(null) })
                  }}
                >
                  {text.allocation.withdraw}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
