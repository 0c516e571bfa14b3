import type { Profile } from '../api'
import { useText } from '../i18n/text'
import { AuditLog } from './audit-log'
import { PublicDownloads } from './public-downloads'
import { SampleSetting } from './sample-setting'
import { UsersAdmin } from './users-admin'

export function AdminView({ profile, onBack }: { profile: Profile; onBack: () => void }) {
  const { text } = useText()
  return (
    <article className="page">
      <button type="button" className="link" onClick={onBack}>
        ← {text.views.map}
      </button>
      <h1>{text.views.admin}</h1>
      {profile.can.manageUsers && <UsersAdmin />}
      {profile.can.editSettings && <SampleSetting />}
      {profile.can.readAudit && <AuditLog />}
      {profile.can.readAudit && <PublicDownloads />}
    </article>
  )
}
