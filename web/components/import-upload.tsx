import { useMutation } from '@tanstack/react-query'
import { type FormEvent, type ReactNode, useState } from 'react'
import { api, type ImportPreview, type ImportProblem, ImportRefused } from '../api'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { queryClient } from '../queries'

// Column names are codes a file must use (server/imports/columns.ts), the same in either language:
// shown as code, so that "value" in a Vietnamese sentence reads as the column's name.
const columnNames = /\b(unit_code|unit_name|vintage|indicator|year|value|document)\b/

const withCodes = (sentence: string): ReactNode[] =>
  sentence
    .split(columnNames)
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence never move
    .map((part, index) => (index % 2 === 1 ? <code key={`${part}-${index}`}>{part}</code> : part))

/** Where a problem is, as a planner finds it in Excel: "Sheet 1, row 12, column value". */
function place(problem: ImportProblem, text: ReturnType<typeof useText>['text']): ReactNode {
  const where = [
    problem.sheet && `${text.imports.sheet} ${problem.sheet}`,
    problem.row !== null && `${text.imports.row} ${problem.row}`,
  ].filter(Boolean)
  if (!problem.column) return where.length > 0 ? where.join(', ') : problem.file
  return (
    <>
      {[...where, text.imports.column].join(', ')} <code>{problem.column}</code>
    </>
  )
}

/** Upload a file: checked whole on the server; a valid file becomes a draft, a bad one lists every problem. */
export function ImportUpload({ onDraft }: { onDraft: (preview: ImportPreview) => void }) {
  const { text, language } = useText()
  const [file, setFile] = useState<File | null>(null)
  const [document, setDocument] = useState('')
  const upload = useMutation({
    mutationFn: (input: { file: File; document: string }) => api.uploadImport(input.file, input.document.trim()),
    onSuccess: (preview) => {
      queryClient.setQueryData(['import', preview.id], preview)
      queryClient.invalidateQueries({ queryKey: ['imports'] })
      onDraft(preview)
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (file) upload.mutate({ file, document })
  }
  const error = upload.error
  return (
    <section className="import-step">
      <h2>2. {text.imports.upload}</h2>
      <p className="muted">{withCodes(text.imports.columns)}</p>
      <form className="stacked-form" onSubmit={submit}>
        <label>
          {text.imports.file}{' '}
          <input
            type="file"
            name="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              upload.reset()
            }}
          />
        </label>
        <label>
          {text.imports.document}
          <input
            type="text"
            name="document"
            maxLength={500}
            value={document}
            placeholder={text.imports.documentPlaceholder}
            onChange={(event) => setDocument(event.target.value)}
          />
        </label>
        <button type="submit" disabled={!file || upload.isPending}>
          {upload.isPending ? text.imports.checking : text.imports.check}
        </button>
      </form>
      {error && (
        <div className="form-error import-refused" role="alert">
          <strong>{text.imports.refused}</strong>
          {error instanceof ImportRefused ? (
            <>
              <p>{errorText(error, language)}</p>
              <p>{text.imports.problemsCount(error.problems.length)}</p>
              <table className="data-table problems">
                <thead>
                  <tr>
                    <th scope="col">{text.imports.where}</th>
                    <th scope="col">{text.imports.message}</th>
                  </tr>
                </thead>
                <tbody>
                  {error.problems.map((problem) => (
                    <tr key={`${problem.sheet}-${problem.row}-${problem.column}-${problem.message.en}`}>
                      <td>{place(problem, text)}</td>
                      <td>{problem.message[language]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p>{errorText(error, language)}</p>
          )}
        </div>
      )}
    </section>
  )
}
