import { api } from '../api'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { queryClient, useChange, useSettings } from '../queries'

/** The admin's switch: whether visitors who are not signed in see sample values at all. */
export function SampleSetting() {
  const { text, language } = useText()
  const settings = useSettings(true)
  const change = useChange(api.setSettings, [['settings']])
  return (
    <section>
      <h2>{text.settings.heading}</h2>
      <label className="check">
        <input
          type="checkbox"
          disabled={!settings.data || change.isPending}
          checked={settings.data?.hideSampleFromPublic ?? false}
          onChange={(event) =>
            change.mutate(
              { hideSampleFromPublic: event.target.checked },
              // Signed-in planners see samples either way; the public's answers are fetched afresh.
              { onSuccess: () => queryClient.invalidateQueries() },
            )
          }
        />
        <span>{text.settings.hideSample}</span>
      </label>
      <p className="muted">{text.settings.hideSampleHelp}</p>
      {change.isError && (
        <p className="form-error" role="alert">
          {errorText(change.error, language)}
        </p>
      )}
    </section>
  )
}
