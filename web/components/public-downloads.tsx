import { formatNumber } from '../format'
import { useText } from '../i18n/text'
import { useDownloads } from '../queries'

/** How often the public downloaded the published figures, by day and file (counted, not logged one by one). */
export function PublicDownloads() {
  const { text, language } = useText()
  const downloads = useDownloads()
  const rows = downloads.data ?? []
  return (
    <section>
      <h2>{text.admin.downloads}</h2>
      <p className="muted">{text.admin.downloadsNote}</p>
      {downloads.isSuccess && rows.length === 0 ? (
        <p>{text.admin.downloadsNone}</p>
      ) : (
        <table className="data-table stacked-table">
          <thead>
            <tr>
              <th scope="col">{text.admin.day}</th>
              <th scope="col">{text.admin.file}</th>
              <th scope="col">{text.admin.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.day}-${row.file}`}>
                <td data-label={text.admin.day}>{row.day}</td>
                <td data-label={text.admin.file}>
                  <code>{row.file}</code>
                </td>
                <td data-label={text.admin.count}>{formatNumber(row.count, language, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
