import { useAllocationScenarios, useSaveAllocation } from '../allocation-queries'
import { type AllocationDraft, type AllocationScenario, api } from '../api'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'

type Props = {
  /** The open scenario as saved (null: a new one). */
  scenario: AllocationScenario | null
  draft: AllocationDraft
  dirty: boolean
  against: string | null
  onSaved: (id: string) => void
  onCompare: (id: string | null) => void
}

/** Save (a new scenario, the open one's changes, or a copy of them), its downloads, and the comparison's choice. */
export function AllocationActions({ scenario, draft, dirty, against, onSaved, onCompare }: Props) {
  const { text, language } = useText()
  const save = useSaveAllocation()
  const scenarios = useAllocationScenarios(scenario !== null)
  const saveAs = (id: string | null) => save.mutate({ id, draft }, { onSuccess: (saved) => onSaved(saved.id) })
  return (
    <section className="allocation-actions">
      {scenario && <p>{text.allocation.opened(scenario.name)}</p>}
      {scenario && !scenario.current && <p className="notice warning">{text.allocation.notCurrent}</p>}
      {dirty && scenario && <p className="muted">{text.allocation.unsaved}</p>}
      <div className="buttons">
        {scenario ? (
          <>
            <button type="button" className="primary" disabled={save.isPending} onClick={() => saveAs(scenario.id)}>
              {save.isPending ? text.allocation.saving : text.allocation.saveChanges}
            </button>
            <button type="button" disabled={save.isPending} onClick={() => saveAs(null)}>
              {text.allocation.saveAsNew}
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={save.isPending} onClick={() => saveAs(null)}>
            {save.isPending ? text.allocation.saving : text.allocation.save}
          </button>
        )}
      </div>
      {save.isSuccess && !dirty && (
        <p className="muted" role="status">
          {text.allocation.saved}
        </p>
      )}
      {save.error && (
        <p className="notice error" role="alert">
          {errorText(save.error, language)}
        </p>
      )}
      {scenario ? (
        <>
          <h3>{text.allocation.downloads}</h3>
          <div className="buttons">
            <a className="button" href={api.allocationExportUrl(scenario.id, 'csv')} download>
              {text.allocation.csv}
            </a>
            <a className="button" href={api.allocationExportUrl(scenario.id, 'xlsx')} download>
              {text.allocation.xlsx}
            </a>
          </div>
          <label className="stacked-label">
            {text.allocation.compare}
            <select value={against ?? ''} onChange={(event) => onCompare(event.target.value || null)}>
              <option value="">{text.allocation.chooseScenario}</option>
              {scenarios.data
                ?.filter((item) => item.id !== scenario.id)
                .map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
            </select>
          </label>
        </>
      ) : (
        <p className="muted">{text.allocation.saveToDownload}</p>
      )}
    </section>
  )
}
