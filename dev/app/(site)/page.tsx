export default function Home() {
  return (
    <main className="page" id="main">
      <h1>Job descriptions</h1>
      <ul>
        <li>
          <a href="/careers">Careers</a>: the example careers site, reading the public careers API at <code>/api/careers/graphql</code>.
        </li>
        <li>
          <a href="/admin">Admin</a>: write and publish job descriptions.
        </li>
        <li>
          <a href="/api/graphql-playground">GraphQL playground</a>: Payload&apos;s own API at <code>/api/graphql</code>, for the
          admin and signed-in tools (not for careers sites).
        </li>
      </ul>
    </main>
  )
}
