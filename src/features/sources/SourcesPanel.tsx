import { useDataPackage } from '../../data/queries/dataPackage';
import { toSource } from '../../data/provenance';
import { QueryView } from '../../ui/QueryView';

/** Every source used on the page with licence and caveats, and every data file with its checksum. */
export function SourcesPanel() {
  const dataPackage = useDataPackage();
  return (
    <section aria-labelledby="sources-heading" className="panel sources">
      <h2 id="sources-heading">Sources</h2>
      <QueryView what="the list of sources" query={dataPackage} isEmpty={(p) => p.sources.length === 0}>
        {(pkg) => (
          <>
            <ul className="source-list">
              {pkg.sources.map(toSource).map((source) => (
                <li key={source.id}>
                  <strong>{source.publisher}</strong>,{' '}
                  {source.url === null ? (
                    <cite>{source.title}</cite>
                  ) : (
                    <a href={source.url}>
                      <cite>{source.title}</cite>
                    </a>
                  )}{' '}
                  ({source.date}). <span className="licence">Licence: {source.licence}</span>
                  {source.caveats.length > 0 && (
                    <ul className="caveats">
                      {source.caveats.map((caveat) => (
                        <li key={caveat}>{caveat}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
            <h3>Data files</h3>
            <div className="table-scroll">
              <table className="resources">
                <caption>Files under data/, derived by npm run data from the raw public files</caption>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">What it holds</th>
                    <th scope="col">Licence</th>
                    <th scope="col">Derived from (SHA-256)</th>
                    <th scope="col">File SHA-256</th>
                  </tr>
                </thead>
                <tbody>
                  {pkg.resources.map((resource) => (
                    <tr key={resource.name}>
                      <td>
                        <a href={`data/${resource.path}`}>{resource.path}</a>
                      </td>
                      <td>
                        {resource.title}
                        {resource.caveats.length > 0 && (
                          <details>
                            <summary>Caveats ({resource.caveats.length})</summary>
                            <ul className="caveats">
                              {resource.caveats.map((caveat) => (
                                <li key={caveat}>{caveat}</li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </td>
                      <td>{resource.licenses.map((l) => l.title).join('; ')}</td>
                      <td>
                        {resource.derivedFrom.length === 0
                          ? 'Curated from the sources listed here, checked word for word against them at build time'
                          : resource.derivedFrom.map((raw) => (
                              <span key={raw.path} className="checksum">
                                {raw.path} <code>{raw.sha256.slice(0, 16)}…</code>
                              </span>
                            ))}
                      </td>
                      <td>
                        <code>{resource.hash.replace('sha256:', '').slice(0, 16)}…</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryView>
    </section>
  );
}
