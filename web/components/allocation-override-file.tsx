import { type ReactNode, useState } from 'react'
import { useOverrideFile } from '../allocation-queries'
import { type AllocationOverride, ImportRefused } from '../api'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'

// The override file's column names are codes, the same in either language (server/allocation/override-file.ts).
const columns = /\b(unit_code|region|safe_zone|border|villages|ethnic_minority_share|none)\b/

const withCodes = (sentence: string): ReactNode[] =>
  sentence
    .split(columns)
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence never move
    .map((part, index) => (index % 2 === 1 ? <code key={`${part}-${index}`}>{part}</code> : part))

/** A CSV or Excel file of overrides, read on the server (nothing saved); a refused file lists each problem. */
export function OverrideFile({ onRead }: { onRead: (overrides: AllocationOverride[]) => void }) {
  const { text, language } = useText()
  const [file, setFile] = useState<File | null>(null)
  const read = useOverrideFile()
  const refused = read.error instanceof ImportRefused ? read.error : null
  return (
    <div className="allocation-file">
      <h3>{text.allocation.overrideFile}</h3>
      <p className="muted">{withCodes(text.allocation.overrideFileNote)}</p>
      <div className="inline-form">
        <input
          type="file"
          aria-label={text.allocation.overrideFile}
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            read.reset()
          }}
        />
        <button
          type="button"
          disabled={!file || read.isPending}
          onClick={() => file && read.mutate(file, { onSuccess: (answer) => onRead(answer.overrides) })}
        >
          {read.isPending ? text.allocation.reading : text.allocation.readFile}
        </button>
      </div>
      {read.data && (
        <p className="notice" role="status">
          {text.allocation.fileRead(read.data.rows, read.data.overrides.length, read.data.unchanged)}
        </p>
      )}
      {read.error && (
        <div className="notice error" role="alert">
          <p>{errorText(read.error, language)}</p>
          {refused && (
            <ul>
              {refused.problems.map((problem) => (
                <li key={`${problem.row}-${problem.column}-${problem.message.en}`}>
                  {[problem.sheet, problem.row !== null && `${text.imports.row} ${problem.row}`, problem.column]
                    .filter(Boolean)
                    .join(', ')}
                  : {problem.message[language]}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
