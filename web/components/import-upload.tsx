import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { api, type ImportPreview, type ImportProblem, ImportRefused } from '../api'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { queryClient } from '../queries'

/** Where a problem is, as a planner finds it in Excel: "Sheet 1, row 12, column value". */
function place(problem: ImportProblem, text: ReturnType<typeof useText>['text']) {
  return [
    problem.sheet && `${text.imports.sheet} ${problem.sheet}`,
    problem.row !== null && `${text.imports.row} ${problem.row}`,
    problem.column && `${text.imports.column} ${problem.column}`,
  ]
    .filter(Boolean)
    .join(', ')
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
      <p className="muted">{text.imports.columns}</p>
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
                      <td>{place(problem, text) || problem.file}</td>
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
