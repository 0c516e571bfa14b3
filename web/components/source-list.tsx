import sources from '../../geodata/sources.json'
import { useText } from '../i18n/text'

const labels = {
  vi: {
    licence: 'Giấy phép',
    attribution: 'Ghi nguồn',
    upstream: 'Lấy từ',
    unpinned: 'chưa ghi phiên bản',
  },
  en: {
    licence: 'Licence',
    attribution: 'Credit',
    upstream: 'Taken from',
    unpinned: 'no version recorded',
  },
}

// A commit is shortened as git does; a release or tag is shown whole.
const shortPin = (pin: string) => (/^[0-9a-f]{40}$/.test(pin) ? pin.slice(0, 10) : pin)

/**
 * Every source of the data package (geodata/sources.json) with its licence, the credit it asks
 * for and the pinned upstream address it was taken from, as geodata/README.md records them.
 */
export function SourceList() {
  const { language } = useText()
  const label = labels[language]
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <strong>{source.name[language]}</strong>
          {source.url && (
            <>
              {' '}
              <a href={source.url} rel="noreferrer">
                {source.url}
              </a>
            </>
          )}
          <br />
          {label.licence}: {source.licence[language]}.
          <br />
          {label.attribution}: <em>{source.attribution[language]}</em>
          {source.upstream.length > 0 && (
            <>
              <br />
              {label.upstream}:{' '}
              {source.upstream.map((upstream, index) => (
                <span key={upstream.address}>
                  {index > 0 && '; '}
                  <a href={upstream.address} rel="noreferrer">
                    {upstream.address
                      .replace(/^https:\/\//, '')
                      .split('/')
                      .slice(0, 3)
                      .join('/')}
                  </a>{' '}
                  <code title={upstream.pin ?? undefined}>
                    {upstream.pin ? `@ ${shortPin(upstream.pin)}` : `(${label.unpinned})`}
                  </code>
                </span>
              ))}
            </>
          )}
          {source.note && (
            <>
              <br />
              {source.note[language]}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
