import { methodology } from '../i18n/methodology-text'
import { useText } from '../i18n/text'
import { useConfig } from '../queries'
import { SourceList } from './source-list'

export function Methodology({ onBack }: { onBack: () => void }) {
  const { text, language } = useText()
  // The rules of targets, "near" and status in the server's own words (server/planning/target-words.ts).
  const config = useConfig().data
  const rules = config?.rules
  // The allocation rule with its default coefficients, as the server computes it (issue 11 §2).
  const allocation = config?.allocation
  return (
    <article className="methodology">
      <button type="button" className="link" onClick={onBack}>
        ← {text.views.map}
      </button>
      <h1>{methodology.title[language]}</h1>
      {methodology.sections.map((section) => (
        <section key={section.heading.en}>
          <h2>{section.heading[language]}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.en.slice(0, 40)}>{paragraph[language]}</p>
          ))}
        </section>
      ))}
      {rules && (
        <section>
          <h2>{text.rulesHeading}</h2>
          {[rules.poverty, rules.nearMargin, rules.status].map((rule) => (
            <p key={rule.en}>{rule[language]}</p>
          ))}
        </section>
      )}
      {allocation && (
        <section className="methodology-allocation">
          <h2>{methodology.allocation.heading[language]}</h2>
          {[
            allocation.formula,
            allocation.example,
            allocation.optional,
            allocation.startingPoint,
            allocation.inputs,
          ].map((words) => (
            <p key={words.en.slice(0, 40)}>{words[language]}</p>
          ))}
          <p>{allocation.source[language]}</p>
          {methodology.allocation.paragraphs.map((paragraph) => (
            <p key={paragraph.en.slice(0, 40)}>{paragraph[language]}</p>
          ))}
        </section>
      )}
      <section>
        <h2>{methodology.sourcesHeading[language]}</h2>
        <SourceList />
      </section>
    </article>
  )
}
