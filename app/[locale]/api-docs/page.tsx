import { getTranslations } from 'next-intl/server';
import { dataLicense } from '@/lib/export/license';
import { openApiDocument } from '@/lib/export/openapi';
import './api-docs.css';

// A readable rendering of /api/openapi.json: each endpoint with its
// parameters, generated from the same document (so from the same schemas).

type Param = { name: string; in: string; required: boolean; schema: Record<string, unknown>; description?: string };

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map(String).join(' | ');
  // A named format (date-time) says more than its long pattern.
  const shape = schema.format ? String(schema.format) : schema.pattern ? `/${String(schema.pattern)}/` : null;
  const parts = [schema.type ?? 'any', shape, schema.maxLength ? `≤ ${String(schema.maxLength)}` : null];
  if (schema.default !== undefined) parts.push(`= ${JSON.stringify(schema.default)}`);
  return parts.filter(Boolean).join(' ');
}

export default async function ApiDocsPage() {
  const t = await getTranslations('apiDocs');
  const open = await getTranslations('openData');
  const license = dataLicense();
  const doc = openApiDocument('', license);
  return (
    <main className="api-docs">
      <h1>{t('title')}</h1>
      <p>{doc.info.description}</p>
      <p>
        <a href="/api/openapi.json">{t('document')}</a> · <a href="/api/export/stations?format=geojson" download>{t('geojson')}</a> ·{' '}
        <a href="/api/export/stations?format=csv" download>{t('csv')}</a>
      </p>
      <p>
        {open('license', { name: license.name, attribution: license.attribution })}
        {license.url && <> <a href={license.url} rel="license">{open('licenseText')}</a></>}
      </p>
      <p>{open('mirror')}</p>
      {Object.entries(doc.paths).map(([path, item]) => {
        // Reads are GETs; the public writes (a confirmation, a review) are POSTs with a small JSON body.
        const [method, op] = 'get' in item ? ['GET', item.get] : ['POST', item.post];
        return (
        <section key={path} aria-labelledby={`ep-${path}`}>
          <h2 id={`ep-${path}`}><code>{method} {path}</code></h2>
          <p>{op.summary}</p>
          <table>
            <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('in')}</th><th scope="col">{t('required')}</th><th scope="col">{t('type')}</th></tr></thead>
            <tbody>
              {(op.parameters as Param[]).map((p) => (
                <tr key={p.name}>
                  <td><code>{p.name}</code></td><td>{p.in}</td><td>{p.required ? t('yes') : t('no')}</td><td><code>{typeOf(p.schema)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        );
      })}
    </main>
  );
}
