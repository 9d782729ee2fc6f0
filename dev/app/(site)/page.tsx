export default function Home() {
  return (
    <main className="page" id="main">
      <h1>Job descriptions</h1>
      <ul>
        <li>
          <a href="/careers">Careers</a>: the example careers site, reading the public GraphQL API.
        </li>
        <li>
          <a href="/admin">Admin</a>: write and publish job descriptions.
        </li>
        <li>
          <a href="/api/graphql-playground">GraphQL playground</a>: the API careers sites read, at <code>/api/graphql</code>.
        </li>
      </ul>
    </main>
  )
}
