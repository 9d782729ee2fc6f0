import { organizationName } from '../client.ts'

export function Header() {
  return (
    <header className="site-header">
      <div className="page">
        <a href="/careers">{organizationName} careers</a>
      </div>
    </header>
  )
}
